/**
 * A tree entry name as case-insensitive, HFS+ and NTFS file systems see it: lower case,
 * without the characters HFS+ ignores and without trailing dots and spaces. Git compares
 * names like `.git` and `.gitmodules` in this form.
 *
 * @example
 * foldFileName({ name: '.GIT. ' }) // '.git'
 */
export const foldFileName = ({ name }: { name: string }): string =>
  name
    .toLowerCase()
    .replace(/[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g, '')
    .replace(/[. ]+$/, '');
