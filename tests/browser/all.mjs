// all.mjs - the whole browser suite: the surfaces, then sign-in and the back office.
// Ends with one "N passed, N failed" line; exits 1 when anything failed.
import { finish } from './harness.mjs';
import { run as surfaces } from './surfaces.mjs';
import { run as accounts } from './accounts.mjs';
import { run as resources } from './resources.mjs';
import { run as micro } from './micro.mjs';
import { run as assign } from './assign.mjs';
import { run as exams } from './exams.mjs';
import { run as surveys } from './surveys.mjs';

await surfaces();
await accounts();
await resources();
await micro();
await assign();
await exams();
await surveys();
await finish();
