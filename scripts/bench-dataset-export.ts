// npm run bench:export — streams the whole-dataset CSV from the configured database and prints
// its size, time and the process's peak memory, so a change that buffers the export shows up here.
// Run with --conditions=react-server (the npm script does) because the export module is server-only.
import { createDatabase, setDatabase } from "../lib/db";
import { datasetCsvStream } from "../lib/export/dataset-stream";

const database = createDatabase();
setDatabase(database);
const rounds = Number(process.argv[2] ?? 3);
let peakRss = process.memoryUsage().rss;
for (let round = 1; round <= rounds; round++) {
  const started = performance.now();
  const reader = datasetCsvStream("en", true).getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines++;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `round ${round}: ${lines - 1} rows, ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s (${Math.round((lines - 1) / seconds)} rows/s), peak RSS ${(peakRss / 1e6).toFixed(0)} MB`,
  );
}
console.log(`database: ${database.connection.description}`);
await database.prisma.$disconnect();
await database.connection.close();
