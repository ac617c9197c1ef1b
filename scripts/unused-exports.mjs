// Lists every exported name that no other file imports, and exits 1 when there is one.
//
// An export nothing imports is either dead code or a name that should be private to its file;
// either way a reader is misled into looking for its users. The project's own files are the only
// users: src/ (with src/cli.ts, src/kb/compile.ts and every file reached through import()), the
// tests and scripts/. A dynamic import counts the names it takes (destructured, read as
// properties, or through .then); when the module object goes somewhere else, all its exports count.
// A type that the file's own signatures use may stay exported, so that callers can name it.
// Usage: node scripts/unused-exports.mjs (run by `npm run lint`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const FOLDERS = ['src', 'tests', 'scripts'];
const SOURCE = /\.(ts|mts|mjs|js)$/;
const SKIPPED_FOLDERS = new Set(['fixtures', 'node_modules']);
/** Files that are started, never imported: what they export has no reader to find. */
const STARTED = [/\.test\.ts$/, /^scripts\/(build|bench)\.mjs$/];
const ALL = '*';
/** Exports read from outside the sources: bin/backcare.js, through the built launch.cjs and cli.cjs. */
const READ_FROM_OUTSIDE = {
  'src/cli.ts': ['main', 'outputStreamsMade'],
  'src/launch/launch.ts': ['createBundleLoader', 'exitWhenIdle'],
};

function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The project file an import specifier names, or undefined for a package or a data file. */
function resolveSpecifier(fromFile, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base, `${base}.ts`];
  return candidates.find((path) => SOURCE.test(path) && isFile(path));
}

function hasModifier(node, kind) {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

function bindingNames(name) {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

/** Names taken from an object binding pattern (`{ a, b: c }` takes a and b); all of them on `...rest`. */
function takenFromPattern(pattern) {
  if (!ts.isObjectBindingPattern(pattern)) return [ALL];
  return pattern.elements.map((element) => {
    if (element.dotDotDotToken) return ALL;
    const key = element.propertyName ?? element.name;
    return ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : ALL;
  });
}

/** Names read from `name` inside `scope` as `name.x`; all of them when `name` is used any other way. */
function propertiesRead(name, scope, declaration) {
  const names = [];
  const visit = (node) => {
    if (ts.isIdentifier(node) && node.text === name && node !== declaration) {
      const parent = node.parent;
      if (ts.isPropertyAccessExpression(parent) && parent.expression === node) names.push(parent.name.text);
      else if (ts.isQualifiedName(parent) && parent.left === node) names.push(parent.right.text);
      else if (!ts.isImportSpecifier(parent) && !ts.isNamespaceImport(parent)) names.push(ALL);
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return names;
}

function skipParentheses(node) {
  let outer = node.parent;
  while (ts.isParenthesizedExpression(outer) || ts.isAwaitExpression(outer)) outer = outer.parent;
  return outer;
}

/**
 * What an `import()` call's result is used for: `{ a } = await import()`, `(await import()).a`, `.then((m) => m.a)`.
 */
function namesTakenByDynamicImport(call) {
  const outer = skipParentheses(call);
  if (ts.isVariableDeclaration(outer)) return takenFromPattern(outer.name);
  if (ts.isPropertyAccessExpression(outer) && outer.name.text !== 'then') return [outer.name.text];
  if (ts.isPropertyAccessExpression(outer) && ts.isCallExpression(outer.parent)) {
    const callback = outer.parent.arguments[0];
    const parameter =
      callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))
        ? callback.parameters[0]
        : undefined;
    if (parameter && ts.isIdentifier(parameter.name))
      return propertiesRead(parameter.name.text, callback.body, parameter.name);
    if (parameter) return takenFromPattern(parameter.name);
  }
  // `const [{ a }, { b }] = await Promise.all([import(x), import(y)])`
  if (ts.isArrayLiteralExpression(call.parent) && ts.isCallExpression(call.parent.parent)) {
    const declaration = skipParentheses(call.parent.parent);
    const index = call.parent.elements.indexOf(call);
    if (ts.isVariableDeclaration(declaration) && ts.isArrayBindingPattern(declaration.name)) {
      const element = declaration.name.elements[index];
      return element && !ts.isOmittedExpression(element) ? takenFromPattern(element.name) : [];
    }
  }
  return [ALL];
}

/** Whether the file mentions `name` anywhere but at `declaration`. */
function namedElsewhere(source, name, declaration) {
  let found = false;
  const visit = (node) => {
    if (ts.isIdentifier(node) && node.text === name && node !== declaration) found = true;
    else if (!found) ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function exportedNames(statement) {
  if (ts.isExportAssignment(statement)) return ['default'];
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    return clause && ts.isNamedExports(clause) ? clause.elements.map((e) => e.name.text) : [];
  }
  if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) return [];
  if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) return ['default'];
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations.flatMap((d) => bindingNames(d.name));
  return statement.name && ts.isIdentifier(statement.name) ? [statement.name.text] : [];
}

/** The file's exports, with their lines, and the names it takes from other project files. */
function scan(file) {
  const text = readFileSync(file, 'utf8');
  const kind = extname(file) === '.ts' ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const exports = new Map();
  const uses = [];
  const use = (specifier, names) => {
    const target = resolveSpecifier(file, specifier);
    if (target) uses.push({ target, names });
  };
  for (const statement of source.statements) {
    const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    const isType = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement);
    for (const name of exportedNames(statement)) {
      if (!isType || !namedElsewhere(source, name, statement.name)) exports.set(name, line);
    }
  }
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      use(node.moduleSpecifier.text, namesTakenByStatement(node, source));
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteral(specifier)) use(specifier.text, namesTakenByDynamicImport(node));
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      const qualifier = node.qualifier;
      use(node.argument.literal.text, [qualifier ? ts.getTextOfNode(qualifier).split('.')[0] : ALL]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { exports, uses };
}

function namesTakenByStatement(statement, source) {
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    if (!clause || !ts.isNamedExports(clause)) return [ALL];
    return clause.elements.map((e) => (e.propertyName ?? e.name).text);
  }
  const clause = statement.importClause;
  if (!clause) return [];
  const names = clause.name ? ['default'] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings))
    names.push(...propertiesRead(bindings.name.text, source, bindings.name));
  else if (bindings) names.push(...bindings.elements.map((e) => (e.propertyName ?? e.name).text));
  return names;
}

export function unusedExports(root = ROOT) {
  const files = FOLDERS.flatMap((folder) => sourceFiles(join(root, folder)));
  const scanned = new Map(files.map((file) => [file, scan(file)]));
  const used = new Map();
  for (const { uses } of scanned.values()) {
    for (const { target, names } of uses) {
      const set = used.get(target) ?? new Set();
      names.forEach((name) => set.add(name));
      used.set(target, set);
    }
  }
  const unused = [];
  for (const [file, { exports }] of scanned) {
    const path = relative(root, file);
    if (STARTED.some((pattern) => pattern.test(path))) continue;
    const names = new Set([...(used.get(file) ?? []), ...(READ_FROM_OUTSIDE[path] ?? [])]);
    if (names.has(ALL)) continue;
    for (const [name, line] of exports) if (!names.has(name)) unused.push({ path, line, name });
  }
  return unused;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const unused = unusedExports();
  for (const { path, line, name } of unused) console.log(`${path}:${line}: ${name}`);
  if (unused.length > 0) {
    console.error(
      `unused-exports: ${unused.length} exported names are imported nowhere; drop their \`export\`, or delete ` +
        `them if nothing uses them`,
    );
    process.exitCode = 1;
  }
}
