import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readBulletin } from '../../src/index.js';

// A GBK page in our own words, with one byte in every sixteen damaged: still a page, read with warnings.
const PAGE = '柳岸社区: 开展邻里节活动\n\n本报讯 近日,柳岸社区举办第三届邻里节,百余名居民带来自家做的点心,在广场上摆起了长桌宴。\n\n(记者 孔 越)\n'.repeat(4);

describe('a legacy page with damaged bytes', () => {
  it('is read as GB18030, not refused as undecodable', () => {
    const bytes = Buffer.from(iconv.encode(PAGE, 'gbk'));
    for (let at = 17; at < bytes.length; at += 16) if (bytes[at]! >= 0x80) bytes[at] = 0x31;
    const bulletin = readBulletin(bytes, { file: 'damaged.txt' });
    expect(bulletin.encoding).toBe('gb18030');
    expect(bulletin.items.length).toBe(4);
  });
});
