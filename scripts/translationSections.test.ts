import { describe, expect, it } from 'vitest';
import { sectionModule, splitSectionImports } from './translationSections.ts';

describe('splitSectionImports', () => {
  it('turns one import of several sections into one module per section', () => {
    const code =
      "import { a } from './a';\nimport { list, form as formTexts } from '../../translations/en.json';\nuse(list);";
    expect(splitSectionImports(code)).toBe(
      "import { a } from './a';\n" +
        "import list from '../../translations/en.json?section=list';\n" +
        "import formTexts from '../../translations/en.json?section=form';\nuse(list);",
    );
  });

  it('leaves a whole-file import and text that only mentions an import alone', () => {
    const code =
      "import german from '../translations/de.json';\nconst s = \"import { x } from '../translations/en.json'\";";
    expect(splitSectionImports(code)).toBe(code);
  });
});

describe('sectionModule', () => {
  const file = { app: { name: 'Call Logger' }, list: { title: 'Calls' }, form: { save: 'Save' } };

  it('holds one section, or every section but the listing', () => {
    expect(sectionModule(file, 'list')).toBe('export default {"title":"Calls"};\n');
    expect(sectionModule(file, undefined)).toBe('export default {"list":{"title":"Calls"},"form":{"save":"Save"}};\n');
  });

  it('stops the build on a section the file does not have', () => {
    expect(() => sectionModule(file, 'lists')).toThrow('has no section "lists"');
  });
});
