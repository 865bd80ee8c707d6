import { soundPlaysFrom, type SoundCue } from '../../model/animatic';
import { DecodedSounds, type LoadSoundBytes } from '../../io/animatic/decodedSounds';
import { scheduleCue, scheduleGain } from '../../io/animatic/soundMix';
import { clockAt, type PlaybackClock } from './playback';

// The player's sound: the cues of the sound plan played through Web Audio against the
// player's clock. Cues are scheduled a few seconds ahead of the playhead as it moves (and
// decoded further ahead), so a long play-through never schedules or decodes everything at
// once. Any change of the transport (pause, seek, loop, a change of speed) stops what is
// scheduled, and playing schedules again from the playhead.

/** Cues starting this soon are scheduled. */
const SCHEDULE_AHEAD_MS = 4_000;
/** Cues starting this soon are decoded, so they are ready when their time comes. */
const DECODE_AHEAD_MS = 30_000;
/** The sound is scheduled this far ahead of now, so it starts on time rather than late. */
const LEAD_MS = 40;

export class AnimaticSound {
  private context: AudioContext | null = null;
  private master: GainNode | null = null;
  private sounds: DecodedSounds | null = null;
  private cues: readonly SoundCue[] = [];
  private clock: PlaybackClock | null = null;
  /** Cues scheduled in this run of play, by index, with their gains (null: nothing left to play). */
  private readonly scheduled = new Map<number, GainNode | null>();
  private readonly nodes = new Set<AudioBufferSourceNode>();
  /** Assets that could not be loaded in this run of play (tried again at the next play). */
  private readonly failed = new Set<string>();
  private readonly pending = new Set<string>();
  private muted = false;
  private run = 0;

  constructor(
    private readonly load: LoadSoundBytes,
    /** Told whether each asset it loads could be loaded and decoded (false: it plays without it). */
    private readonly onLoaded: (assetId: string, ok: boolean) => void,
  ) {}

  /** The plan to play, from the next `play`. */
  setCues(cues: readonly SoundCue[]): void {
    this.cues = cues;
  }

  /**
   * The same plan at other volumes (a volume slider moving while it plays): what sounds
   * takes the new volume at once, without starting again.
   */
  setVolumes(cues: readonly SoundCue[]): void {
    this.cues = cues;
    const clock = this.clock;
    const context = this.context;
    if (!clock || !context) return;
    const fromMs = clockAt(clock, performance.now() + LEAD_MS);
    const windowStart = context.currentTime + LEAD_MS / 1000;
    for (const [index, gain] of this.scheduled) {
      const cue = cues[index];
      const [play] = cue ? soundPlaysFrom([cue], fromMs) : [];
      if (!gain || !play) continue;
      // From now on: the gain this cue has at the playhead, then its fade.
      gain.gain.cancelScheduledValues(windowStart);
      scheduleGain(gain.gain, play, windowStart);
    }
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    if (this.master && this.context) this.master.gain.setTargetAtTime(muted ? 0 : 1, this.context.currentTime, 0.01);
  }

  /** Plays from the clock (at 1x; other speeds are silent). */
  play(clock: PlaybackClock): void {
    this.stop();
    if (clock.rate !== 1 || this.cues.length === 0) return;
    this.clock = clock;
    this.failed.clear();
    const context = this.ensureContext();
    const run = ++this.run;
    if (context.state === 'running') this.update();
    // A context made before any click starts suspended; scheduling waits for it to run.
    else void context.resume().then(() => this.run === run && this.update(), () => undefined);
  }

  /** Stops every sound at once. */
  stop(): void {
    this.run++;
    this.clock = null;
    this.scheduled.clear();
    for (const node of this.nodes) {
      try {
        node.stop();
      } catch {
        // Not started yet or already stopped.
      }
    }
    this.nodes.clear();
  }

  /**
   * Schedules the cues the playhead is reaching and decodes the ones after them; while
   * paused at `pausedAtMs`, only decodes what playing from there will need.
   */
  update(pausedAtMs?: number): void {
    const clock = this.clock;
    if (!clock && pausedAtMs === undefined) return;
    const now = performance.now();
    const at = clock ? clockAt(clock, now) : pausedAtMs!;
    const context = this.ensureContext();
    this.cues.forEach((cue, index) => {
      if (cue.endMs <= at || cue.startMs > at + DECODE_AHEAD_MS || this.failed.has(cue.assetId)) return;
      const buffer = this.sounds!.ready(cue.assetId);
      if (!buffer) {
        this.decode(cue.assetId);
        return;
      }
      if (!clock || context.state !== 'running' || this.scheduled.has(index) || cue.startMs > at + SCHEDULE_AHEAD_MS) return;
      const fromMs = clockAt(clock, now + LEAD_MS);
      const [play] = soundPlaysFrom([cue], fromMs, Infinity, (id) => this.sounds!.lengthMs(id));
      if (!play) {
        this.scheduled.set(index, null);
        return;
      }
      const { source, gain } = scheduleCue(context, this.master!, play, buffer, context.currentTime + LEAD_MS / 1000);
      this.scheduled.set(index, gain);
      this.nodes.add(source);
      source.addEventListener('ended', () => this.nodes.delete(source));
    });
  }

  dispose(): void {
    this.stop();
    void this.context?.close().catch(() => undefined);
    this.context = null;
  }

  private decode(assetId: string): void {
    if (this.pending.has(assetId)) return;
    this.pending.add(assetId);
    void this.sounds!.get(assetId).then((buffer) => {
      this.pending.delete(assetId);
      this.onLoaded(assetId, buffer !== null);
      if (!buffer) {
        this.failed.add(assetId);
      } else if (this.clock) {
        // Arrived while playing: in at once, from wherever the playhead is.
        this.update();
      }
    });
  }

  private ensureContext(): AudioContext {
    if (!this.context) {
      this.context = new AudioContext();
      this.master = this.context.createGain();
      this.master.gain.value = this.muted ? 0 : 1;
      this.master.connect(this.context.destination);
      this.sounds = new DecodedSounds(this.load, this.context);
    }
    return this.context;
  }
}
