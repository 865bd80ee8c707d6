// Every area's Chinese strings, as one i18next resource. Loaded on its own (see ../index.ts),
// so a visitor downloads only the language they read.
import { zhCN as ai } from './ai.zhCN';
import { zhCN as animatic } from './animatic.zhCN';
import { zhCN as app } from './app.zhCN';
import { zhCN as canvas } from './canvas.zhCN';
import { zhCN as history } from './history.zhCN';
import { zhCN as importer } from './importer.zhCN';
import { zhCN as live } from './live.zhCN';
import { zhCN as review, notesZhCN as notes } from './review.zhCN';
import { zhCN as rhythm } from './rhythm.zhCN';
import { zhCN as sketch } from './sketch.zhCN';
import { zhCN as sound } from './sound.zhCN';
import { zhCN as ui } from './ui.zhCN';
import { zhCN as versionView } from './versionView.zhCN';
import type { translation as english } from './en';

export const translation: typeof english = { ai, animatic, app, canvas, history, importer, live, review, notes, rhythm, sketch, sound, ui, versionView };
