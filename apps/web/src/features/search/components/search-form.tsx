import { useState, type FormEvent } from 'react';

export type SearchFormValue = {
  q: string;
  regex: boolean;
  caseSensitive: boolean;
  folderPath: string;
};

function Option(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="search-option">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.label}
    </label>
  );
}

type SearchFormProps = { value: SearchFormValue; onSearch: (value: SearchFormValue) => void };

/** The query and its options; searching puts them in the URL, so a search can be linked to. */
export function SearchForm({ value, onSearch }: SearchFormProps) {
  const [q, setQ] = useState(value.q);
  const [regex, setRegex] = useState(value.regex);
  const [caseSensitive, setCaseSensitive] = useState(value.caseSensitive);
  const [folderPath, setFolderPath] = useState(value.folderPath);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (q.trim()) onSearch({ q, regex, caseSensitive, folderPath: folderPath.trim() });
  };
  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <input
        type="search"
        className="input search-input"
        aria-label={regex ? 'Regular expression' : 'Text to find'}
        placeholder={regex ? 'Regular expression (RE2 syntax)' : 'Text to find'}
        value={q}
        maxLength={1000}
        onChange={(event) => setQ(event.target.value)}
        autoFocus
      />
      <input
        type="text"
        className="input search-folder"
        aria-label="In folder"
        placeholder="In folder (all files when empty)"
        value={folderPath}
        maxLength={4096}
        onChange={(event) => setFolderPath(event.target.value)}
      />
      <Option label="Regular expression" checked={regex} onChange={setRegex} />
      <Option label="Match case" checked={caseSensitive} onChange={setCaseSensitive} />
      <button type="submit" className="button button-primary" disabled={!q.trim()}>
        Search
      </button>
    </form>
  );
}
