/**
 * How long the server takes to check a podcast upload by its content (the MP3 frame walk):
 * `npm run bench:audio`. Prints the size, the duration read and the time, for 5 minutes, an hour
 * and the 3-hour maximum of generated MP3 (32 kbit/s silence: the most frames per megabyte).
 */
import { checkAudio, silentMp3 } from '../src/modules/media/audio-processing.ts';

for (const seconds of [300, 3600, 3 * 3600 - 10]) {
  const mp3 = silentMp3(seconds);
  const started = performance.now();
  const checked = checkAudio(mp3);
  const ms = performance.now() - started;
  console.log(
    `${(mp3.length / 1024 / 1024).toFixed(1).padStart(5)} MB  ${String(checked.durationSeconds).padStart(5)} s  checked in ${ms.toFixed(1)} ms`,
  );
}
