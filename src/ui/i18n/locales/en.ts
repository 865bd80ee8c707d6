// Every area's English strings, as one i18next resource. Loaded on its own (see ../index.ts),
// so a visitor downloads only the language they read.
import { en as ai } from './ai.en';
import { en as animatic } from './animatic.en';
import { en as app } from './app.en';
import { en as canvas } from './canvas.en';
import { en as history } from './history.en';
import { en as importer } from './importer.en';
import { en as live } from './live.en';
import { en as review, notesEn as notes } from './review.en';
import { en as rhythm } from './rhythm.en';
import { en as sketch } from './sketch.en';
import { en as sound } from './sound.en';
import { en as ui } from './ui.en';
import { en as versionView } from './versionView.en';

export const translation = { ai, animatic, app, canvas, history, importer, live, review, notes, rhythm, sketch, sound, ui, versionView };
