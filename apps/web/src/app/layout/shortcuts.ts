/** Every keyboard shortcut of the console, as the help overlay lists them. */
export const shortcuts: { keys: string[]; description: string; where: string }[] = [
  { keys: ['?'], description: 'Show this list of shortcuts', where: 'Anywhere' },
  { keys: ['g', 'c'], description: 'Go to the code', where: 'In a repository' },
  { keys: ['g', 'p'], description: 'Go to the pull requests', where: 'In a repository' },
  { keys: ['g', 'b'], description: 'Go to the branches', where: 'In a repository' },
  { keys: ['g', 'r'], description: 'Go to the list of repositories', where: 'Anywhere' },
  { keys: ['t'], description: 'Find a file by name', where: 'Browsing code' },
  {
    keys: ['y'],
    description: 'Pin the address to the commit (a permalink)',
    where: 'Viewing a file',
  },
  { keys: ['n'], description: 'Next changed file', where: 'A pull request’s changes' },
  { keys: ['p'], description: 'Previous changed file', where: 'A pull request’s changes' },
  { keys: ['Esc'], description: 'Close a dialog or a menu', where: 'Anywhere' },
];
