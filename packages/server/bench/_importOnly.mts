import { runImportBench } from './importBench.js';
const r = await runImportBench(Number(process.env.ROWS ?? 100000));
console.log(JSON.stringify(r));
