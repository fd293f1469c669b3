/** A small count in words, as prose writes it ("three"); larger counts stay digits. */
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
export const inWords = (n: number): string => WORDS[n] ?? String(n);
