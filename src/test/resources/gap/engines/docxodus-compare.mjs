import { readFile, writeFile } from 'node:fs/promises';
import { initialize, compareDocuments } from 'docxodus/core';
await initialize();
const [a, b, out, author] = process.argv.slice(2);
await writeFile(out, await compareDocuments(await readFile(a), await readFile(b), { authorName: author || 'Supplier Counsel' }));
