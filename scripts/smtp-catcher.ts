import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * A local SMTP catcher with no dependencies, for trying e-mail (newsletters, confirmation links)
 * on a development machine: `npm run smtp:catch`, then start the platform with
 * `STADSPAS_SMTP_URL=smtp://localhost:1025`. Every message is printed (headers and text) and kept
 * as `data/mail/<time>-<n>.eml`. It accepts everything and delivers nothing. Not for production.
 */
const port = Number(process.env.SMTP_CATCHER_PORT ?? 1025);
const folder = path.resolve('data/mail');
mkdirSync(folder, { recursive: true });
let count = 0;

createServer((socket) => {
  socket.setEncoding('utf8');
  let buffer = '';
  let inData = false;
  let message: string[] = [];
  const reply = (line: string) => socket.write(`${line}\r\n`);
  reply('220 localhost Stadspas SMTP catcher');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (inData) {
        if (line === '.') {
          inData = false;
          const file = path.join(folder, `${Date.now()}-${++count}.eml`);
          writeFileSync(file, message.join('\r\n'));
          console.log(`\n=== message ${count} (${file}) ===\n${message.join('\n')}`);
          message = [];
          reply('250 OK: queued');
        } else message.push(line.startsWith('..') ? line.slice(1) : line);
        continue;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') socket.write('250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n');
      else if (verb === 'HELO') reply('250 localhost');
      else if (verb === 'DATA') {
        inData = true;
        reply('354 End data with <CR><LF>.<CR><LF>');
      } else if (verb === 'QUIT') {
        reply('221 Bye');
        socket.end();
      } else reply('250 OK');
    }
  });
  socket.on('error', () => socket.destroy());
}).listen(port, '127.0.0.1', () => console.log(`SMTP catcher on smtp://localhost:${port}; mail kept in ${folder}`));
