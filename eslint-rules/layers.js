// A local ESLint rule: imports go down the layers of ../shared/STYLE.md, checked on the
// resolved path, so a new feature or location folder is covered without editing the config.

import { dirname, relative, resolve, sep } from 'node:path';

/** Where a file sits: a top-level src/ folder, or a piece of src/ui/ with its own name. */
export function layerOf(path) {
  const parts = path.split(sep).join('/').split('/');
  if (parts[0] !== 'src') return null;
  if (parts[1] !== 'ui') return { layer: parts[1] ?? '', name: null };
  if (parts[2] === 'features' || parts[2] === 'locations') return { layer: parts[2], name: parts[3] ?? '' };
  return { layer: parts[2] ?? '', name: null };
}

const DOMAIN = new Set(['calls', 'zaf', 'i18n', 'lib']);
// The domain and the translations never know the host, not even its types: zaf builds on them.
const HOST_FREE = new Set(['calls', 'i18n', 'lib']);

/** The messageId for an import of `to` from `from`, or null when the import goes down the layers. */
export function forbidden(from, to) {
  if (from === null || to === null) return null;
  const toUi = ['app', 'shared', 'features', 'locations'].includes(to.layer);
  if (DOMAIN.has(from.layer)) {
    if (toUi) return 'domainImportsUi';
    if (HOST_FREE.has(from.layer) && to.layer === 'zaf') return 'domainImportsZaf';
    return null;
  }
  if (from.layer === 'shared' && ['features', 'locations', 'app'].includes(to.layer)) return 'sharedImportsUp';
  if (from.layer === 'features') {
    if (to.layer === 'features' && to.name !== from.name) return 'featureImportsFeature';
    if (to.layer === 'locations' || to.layer === 'app') return 'featureImportsUp';
  }
  if (from.layer === 'locations') {
    if (to.layer === 'locations' && to.name !== from.name) return 'locationImportsLocation';
    if (to.layer === 'app') return 'locationImportsApp';
  }
  return null;
}

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go down the layers: ui → calls / zaf / i18n / lib; no sideways imports in ui/' },
    schema: [],
    messages: {
      domainImportsUi: 'src/{{from}}/ must not import src/ui/: the UI builds on it, not the other way round.',
      domainImportsZaf: 'src/{{from}}/ must not import src/zaf/: take what the host gives as an argument instead.',
      sharedImportsUp: 'src/ui/shared/ must not import a feature, a location or the app shell.',
      featureImportsFeature:
        'Feature "{{fromName}}" must not import feature "{{toName}}": move what both need to src/ui/shared/ or below.',
      featureImportsUp: 'Feature "{{fromName}}" must not import a location or the app shell: they import it.',
      locationImportsLocation: 'Location "{{fromName}}" must not import location "{{toName}}".',
      locationImportsApp: 'Location "{{fromName}}" must not import the app shell: the shell imports it.',
    },
  },
  create(context) {
    const file = relative(context.cwd, context.filename);
    const from = layerOf(file);
    if (from === null) return {};
    const check = (source) => {
      if (source === null || source === undefined || source.type !== 'Literal') return;
      const specifier = String(source.value);
      if (!specifier.startsWith('.')) return;
      const to = layerOf(relative(context.cwd, resolve(dirname(context.filename), specifier)));
      const messageId = forbidden(from, to);
      if (messageId === null) return;
      context.report({
        node: source,
        messageId,
        data: { from: from.layer, fromName: from.name ?? '', toName: to?.name ?? '' },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { meta: { name: 'local' }, rules: { layers } };
