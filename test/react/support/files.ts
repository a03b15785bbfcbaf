/** Small files whose content is what their name says (the widget checks content, not names). */
const enc = (text: string) => new TextEncoder().encode(text);

export const pdfFile = (name = 'cv.pdf') => new File([enc('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n')], name, { type: 'application/pdf' });
export const textFile = (name = 'cv.txt', text = 'Ada Lovelace\nAnalyst\n') => new File([enc(text)], name, { type: 'text/plain' });
/** PNG bytes under a .pdf name: only a content check catches it. */
export const pngNamedPdf = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])], 'cv.pdf', { type: 'application/pdf' });
export const docxLike = () => new File([new Uint8Array([0x50, 0x4b, 3, 4, ...enc('....word/document.xml....')])], 'cv.docx');
export const xlsxLike = () => new File([new Uint8Array([0x50, 0x4b, 3, 4, ...enc('....xl/workbook.xml....')])], 'cv.docx');
export const bigText = (bytes: number) => new File([new Uint8Array(bytes).fill(0x61)], 'big.txt', { type: 'text/plain' });
