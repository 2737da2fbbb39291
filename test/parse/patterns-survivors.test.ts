// Behaviours of src/parse/patterns.ts that the mutation run at 2f578f3 left unstated (its survivors reviewed in the
// thirty-fifth session): each case written from what the function is for, at the edge where a mutant reads otherwise.

import { describe, expect, it } from 'vitest';
import { editorLineOf, isBarePageLine, isPictureFile, pictureSentenceAt } from '../../src/parse/patterns.js';

describe("pictureSentenceAt: the picture's sentence after a caption's own sentence", () => {
  it('finds the full stop before 图为 that closes a sentence of the caption', () => {
    expect(pictureSentenceAt('柳岸社区开展清洁活动。图为志愿者在清扫街道')).toBe(10);
  });

  it('finds none where the full stop before 图为 opens the line: no sentence of this text stands before it', () => {
    // (A full stop carried over from the line above: the line is the picture's sentence alone.)
    expect(pictureSentenceAt('。图为志愿者在清扫街道')).toBe(-1);
    expect(pictureSentenceAt('。图为林小雨在教孩子们包饺子')).toBe(-1);
  });
});

describe("isBarePageLine: a page's number alone, with 第 and a letter, at the longest the form takes", () => {
  it('takes 第, a letter and three figures before 版 (six characters)', () => {
    expect(isBarePageLine('第A104版')).toBe(true);
    expect(isBarePageLine('第B210版')).toBe(true);
  });

  it('refuses four figures, or words after 版', () => {
    expect(isBarePageLine('第A1040版')).toBe(false);
    expect(isBarePageLine('第A10版要闻')).toBe(false);
  });
});

describe('defects the review found, mended', () => {
  it("editorLineOf's gate lets through every editor word's first character: 发稿人 too", () => {
    expect([...editorLineOf('发稿人:林小雨')!].slice(1)).toEqual(['发稿人', '林小雨']);
    expect([...editorLineOf('三审三校:周宁')!].slice(1)).toEqual(['三审三校', '周宁']);
    expect(editorLineOf('发展社区经济')).toBeNull();
  });

  it("isPictureFile reads a name as long as PICTURE_FILE takes: 160 characters and two extensions", () => {
    const name = 'a'.repeat(160);
    expect(isPictureFile(`${name}.webp.jpeg`)).toBe(true);
    expect(isPictureFile(`${name}.jpeg`)).toBe(true);
    expect(isPictureFile(`${name}a.jpg`)).toBe(false);
  });
});
