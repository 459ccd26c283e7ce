// A build's render thread (started by src/render/parallel.ts): serves render/renderThread.ts from the command line's
// bundle and its code cache of its own, as a command starts, where the bundle is current; else from the modules as
// built. Loading the modules afresh cost the thread about 0.6 s of CPU; the bundle's cached code a tenth of that.
import { RENDER_THREAD_ARGUMENT } from '../commandNames.js';
import { loadCommandLine } from './index.js';

const commandLine = await loadCommandLine([RENDER_THREAD_ARGUMENT]);
// The code cache is written once the first paper is rendered, so it holds a render's code.
await commandLine.serveRenderThread(() => commandLine.saveCache());
