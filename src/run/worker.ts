// The job worker's entry as a module of its own (a child process): under tsx, and wherever the command line's
// bundle is not used. Built, the run pool starts workers through bin/boardpack.js instead (src/run/pool.ts).
import { serveJobs } from './serve.js';

serveJobs();
