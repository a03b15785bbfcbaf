/** A tiny PNG writer for a grey head-and-shoulders silhouette (the "photo" in form photo cells). */
import { deflateSync } from 'node:zlib';

const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

/** w×h RGB silhouette; bg and fg as [r,g,b]. */
export function silhouettePng(w = 150, h = 190, bg: [number, number, number] = [226, 232, 238], fg: [number, number, number] = [168, 180, 192]): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  const cx = w / 2, headY = h * 0.36, headR = w * 0.22;
  for (let yy = 0; yy < h; yy++) {
    raw[yy * (w * 3 + 1)] = 0;
    for (let xx = 0; xx < w; xx++) {
      const inHead = (xx - cx) ** 2 + (yy - headY) ** 2 <= headR ** 2;
      const shY = h * 0.98, rx = w * 0.42, ry = h * 0.34;
      const inBody = yy > h * 0.62 && ((xx - cx) / rx) ** 2 + ((yy - shY) / ry) ** 2 <= 1;
      const c = inHead || inBody ? fg : bg;
      const o = yy * (w * 3 + 1) + 1 + xx * 3;
      raw[o] = c[0]; raw[o + 1] = c[1]; raw[o + 2] = c[2];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
