import { describe, expect, it } from 'vitest';
import { cmapPdf } from '../../packages/cv/eval/cmap-pdf';
import { analyzeInProcess } from '../../packages/cv/src/index';

describe('PDF with predefined CJK cMaps', () => {
  it('reads Chinese text set in a non-embedded font through UniGB-UCS2-H (pdfjs cMaps from the package folder)', async () => {
    const pdf = cmapPdf(['张伟', '手机：13812345678', '工作经历', '2019.07 - 至今   阿里巴巴集团   高级工程师', '负责基于Java和MySQL的订单系统开发。']);
    const { analysis } = await analyzeInProcess(pdf, { referenceDate: new Date('2025-06-15T00:00:00Z'), contactDetails: 'keep' });
    expect(analysis.contact.name).toBe('张伟');
    expect(analysis.contact.phones).toEqual(['+8613812345678']);
    expect(analysis.work[0]).toMatchObject({ company: '阿里巴巴集团', title: '高级工程师', start: '2019-07', current: true });
    expect(analysis.skills.map((s) => s.name)).toEqual(['Java', 'MySQL']);
    expect(analysis.diagnostics).toMatchObject({ languages: ['zh'], unreadableShare: 0, hasTextLayer: true });
  });
});
