// Where a secret sits, read from the syntax tree: which string form holds it (quotes, prefix letters, one or
// several lines, a heredoc), the expression a rewrite replaces, what surrounds that expression (an operand
// that needs parentheses, a JSX attribute that needs braces) and whether the language demands a constant there.
import { ancestry, parse, type Grammar, type SyntaxNode } from './syntax-tree';

export interface StringSite {
  /** The expression to replace: the string literal, or Python's implicit concatenation holding it. */
  start: number;
  end: number;
  /** The literal's own range and delimiters (`f"`, `r#"` … `"#`, `%q(` … `)`). */
  literal: { start: number; end: number; open: string; close: string };
  /** Python's `"a" "b"`: the other literals of the concatenation, in order, with the secret's one marked. */
  pieces?: { start: number; end: number; own: boolean }[];
  multiline: boolean;
  /** Parentheses around a concatenation, braces in JSX, or nothing. */
  wrap: 'none' | 'paren' | 'jsx';
  /** The construct that requires a compile-time constant here, with what to do instead. */
  constant?: string;
  /** A form the rewrite cannot split safely (heredoc with a quoted delimiter, byte string…): why. */
  unsupported?: string;
  /** The kind of string for the rewrite: plain, bytes (Python b""), raw (Rust r""). */
  kind: 'plain' | 'bytes' | 'raw';
  /** Rust: what the surrounding code expects: a borrowed str in a `let`, an owned String, or a `&'static str`. */
  rust?: 'let' | 'owned' | 'static';
  /** Shell: inside a heredoc body, single quotes, double quotes or an unquoted word. */
  shell?: 'heredoc' | 'single' | 'double' | 'word';
}

const STRING_TYPES = new Set([
  'string', 'template_string', 'string_literal', 'interpreted_string_literal', 'raw_string_literal', 'verbatim_string_literal',
  'interpolated_string_expression', 'encapsed_string', 'raw_string', 'heredoc_body', 'heredoc', 'nowdoc',
]);

/** Contexts where a concatenation needs no parentheses: it is the whole value there. */
const WHOLE_VALUE = new Set([
  'assignment', 'augmented_assignment', 'variable_declarator', 'lexical_declaration', 'argument_list', 'arguments', 'argument',
  'return_statement', 'expression_list', 'pair', 'keyword_argument', 'list', 'array', 'array_creation_expression',
  'array_initializer', 'initializer_expression', 'short_var_declaration', 'assignment_expression', 'expression_statement',
  'element_initializer', 'equals_value_clause', 'parenthesized_expression', 'let_declaration', 'public_field_definition',
  'field_declaration', 'property_element', 'jsx_expression', 'literal_value', 'keyed_element', 'literal_element',
  'array_element_initializer', 'assignment_statement', 'variable_assignment', 'element_value_pair', 'dictionary', 'tuple',
  'hash', 'pair_expression', 'object', 'property_assignment', 'spread_element', 'return', 'return_expression',
]);

type ConstantRule = [types: string[], construct: string, todo: string];

const RUNTIME = 'read the value at run time in ordinary code instead (a field or variable set from the environment)';

/** Per grammar: ancestors that demand a compile-time constant. */
const CONSTANT: Partial<Record<Grammar, ConstantRule[]>> = {
  java: [
    [['annotation', 'marker_annotation', 'annotation_argument_list', 'element_value_pair'], 'a Java annotation argument', 'keep a placeholder in the annotation and read the secret where it is used'],
    [['switch_label'], 'a Java case label', 'compare the value with equals() instead of switching on it'],
  ],
  'c-sharp': [
    [['attribute_argument', 'attribute'], 'a C# attribute argument', 'read the secret where the attribute is used'],
    [['parameter'], 'a C# default parameter value', 'default it to null and read the environment in the method body'],
    [['constant_pattern', 'case_switch_label', 'case_pattern_switch_label'], 'a C# case label', 'compare with == instead of switching on the value'],
    [['enum_member_declaration'], 'a C# enum member', RUNTIME],
  ],
  php: [
    [['const_declaration', 'const_element'], 'a PHP class constant', 'read getenv() at run time instead (in a method or the constructor)'],
    [['property_element', 'property_declaration'], 'a PHP property default', 'set the property from getenv() in the constructor instead'],
    [['simple_parameter'], 'a PHP parameter default', 'default it to null and read getenv() in the function body'],
    [['static_variable_declaration'], 'a PHP static variable', RUNTIME],
  ],
  rust: [
    [['const_item', 'static_item'], 'a Rust const/static', 'read std::env::var at run time (in a function or a LazyLock)'],
    [['match_pattern'], 'a Rust match pattern', 'compare with == in a match guard or an if instead'],
    [['attribute_item'], 'a Rust attribute', RUNTIME],
  ],
  typescript: [
    [['enum_assignment'], 'a TypeScript enum member', 'use a const object or read the value at run time'],
    [['literal_type'], 'a TypeScript literal type', 'use `string` as the type'],
  ],
  tsx: [
    [['enum_assignment'], 'a TypeScript enum member', 'use a const object or read the value at run time'],
    [['literal_type'], 'a TypeScript literal type', 'use `string` as the type'],
  ],
  python: [[['case_pattern'], 'a Python case pattern', 'compare with == in an if instead']],
};

function delimiters(text: string): { open: string; close: string } | undefined {
  const m = /^(?:[A-Za-z@$]{0,3}(?:"""|'''|"|'|`)|r#*"|b?r#*"|%[qQwWiI]?[([{<|!/])/.exec(text);
  if (!m) return undefined;
  const open = m[0];
  let close: string;
  const raw = /r(#*)"$/.exec(open);
  if (raw && /^b?r/.test(open)) close = `"${raw[1]}`;
  else if (/"""$|'''$/.test(open)) close = open.slice(-3);
  else if (open.startsWith('%')) close = ({ '(': ')', '[': ']', '{': '}', '<': '>' } as Record<string, string>)[open.slice(-1)] ?? open.slice(-1);
  else close = open.slice(-1);
  return text.endsWith(close) && text.length >= open.length + close.length ? { open, close } : undefined;
}

/** What surrounds the secret at [offset, endOffset), or undefined when no string node holds it. */
export async function stringSite(grammar: Grammar, text: string, offset: number, endOffset: number): Promise<StringSite | undefined> {
  const tree = await parse(grammar, text);
  if (!tree) return undefined;
  try {
    const leaf = tree.rootNode.descendantForIndex(offset, Math.max(offset, endOffset - 1));
    return leaf ? siteIn(grammar, leaf, text) : undefined;
  } finally {
    tree.delete();
  }
}

function siteIn(grammar: Grammar, leaf: SyntaxNode, text: string): StringSite | undefined {
  const chain = ancestry(leaf);
  const lit = chain.find((n) => STRING_TYPES.has(n.type));
  if (!lit) return undefined;
  const types = chain.map((n) => n.type);
  let constant: string | undefined;
  for (const [ts, construct, todo] of CONSTANT[grammar] ?? []) {
    if (types.some((t) => ts.includes(t))) { constant = `${construct} needs a compile-time constant, so it cannot read the environment: ${todo}`; break; }
  }
  if (!constant) constant = declaredConstant(grammar, chain);
  const litText = text.slice(lit.startIndex, lit.endIndex);
  const multiline = litText.includes('\n');
  const site: StringSite = { start: lit.startIndex, end: lit.endIndex, literal: { start: lit.startIndex, end: lit.endIndex, open: '', close: '' }, multiline, wrap: 'none', constant, kind: 'plain' };

  if (grammar === 'bash') {
    site.shell = lit.type === 'heredoc_body' ? 'heredoc' : lit.type === 'raw_string' ? 'single' : 'double';
    if (site.shell === 'heredoc') {
      const redirect = lit.parent;
      const start = redirect?.children.find((c) => c?.type === 'heredoc_start')?.text ?? '';
      if (/['"\\]/.test(start)) site.unsupported = `a heredoc whose delimiter is quoted (${start}) does not expand variables: unquote the delimiter, or move the secret by hand`;
    }
    return site;
  }

  let unit: SyntaxNode = lit;
  if (grammar === 'python' && lit.parent?.type === 'concatenated_string') {
    unit = lit.parent;
    site.pieces = unit.namedChildren.filter((c): c is SyntaxNode => !!c && c.type === 'string').map((c) => ({ start: c.startIndex, end: c.endIndex, own: c.startIndex === lit.startIndex }));
  }
  site.start = unit.startIndex;
  site.end = unit.endIndex;
  const d = delimiters(litText);
  if (!d) {
    site.unsupported = /heredoc|nowdoc/.test(lit.type)
      ? 'the secret is inside a heredoc, which the fix does not rewrite: move the value out of the heredoc first, or move the secret by hand'
      : `the secret is in a ${lit.type.replace(/_/g, ' ')}, which the fix cannot split: move it by hand`;
  }
  else site.literal = { ...site.literal, ...d };
  if (d && /^[A-Za-z]*[bB]/.test(d.open) && grammar === 'python') site.kind = 'bytes';
  if (d && /^b/.test(d.open) && grammar === 'rust') site.unsupported = 'the secret is in a Rust byte string, which the environment cannot hold as is: move it by hand';
  if (d && /^r/.test(d.open) && grammar === 'rust') site.kind = 'raw';

  const parent = unit.parent;
  if (parent?.type === 'jsx_attribute') site.wrap = 'jsx';
  else if (parent && !WHOLE_VALUE.has(parent.type)) site.wrap = 'paren';
  if (grammar === 'rust') site.rust = rustContext(unit);
  return site;
}

/** A declaration whose keyword makes it a constant (C# `const`, Go `const`), found on the declaration node. */
function declaredConstant(grammar: Grammar, chain: SyntaxNode[]): string | undefined {
  if (grammar === 'c-sharp') {
    const decl = chain.find((n) => n.type === 'field_declaration' || n.type === 'local_declaration_statement');
    if (decl?.children.some((c) => c?.type === 'modifier' && c.text === 'const')) {
      return 'a C# const needs a compile-time constant, so it cannot read the environment: make it `static readonly` first';
    }
  }
  if (grammar === 'go') {
    const decl = chain.find((n) => n.type === 'const_declaration');
    if (decl && (decl.namedChildren.filter((c) => c?.type === 'const_spec').length > 1 || decl.children[1]?.type === '(')) {
      return 'a Go const ( … ) block needs compile-time constants, so it cannot read the environment: move this one out of the block into a var first';
    }
  }
  return undefined;
}

function rustContext(unit: SyntaxNode): 'let' | 'owned' | 'static' {
  const parent = unit.parent;
  if (!parent) return 'static';
  // `let k: &'static str = …` needs the literal's lifetime, which a borrowed temporary does not have.
  if (parent.type === 'let_declaration') return /'static/.test(parent.childForFieldName('type')?.text ?? '') ? 'static' : 'let';
  // A method call on the literal ("…".to_string(), .into(), .len()): a String serves every method of a str.
  if (parent.type === 'field_expression' && parent.parent?.type === 'call_expression') return 'owned';
  const call = parent.type === 'arguments' ? parent.parent : undefined;
  if (call?.type === 'call_expression' && /^String::from$/.test(call.childForFieldName('function')?.text ?? '')) return 'owned';
  return 'static';
}

/** The Go single `const x = "…"` declaration holding the secret, whose keyword becomes `var`. */
export async function goConstKeyword(text: string, offset: number): Promise<{ start: number; end: number } | undefined> {
  const tree = await parse('go', text);
  if (!tree) return undefined;
  try {
    const leaf = tree.rootNode.descendantForIndex(offset);
    const decl = leaf ? ancestry(leaf).find((n) => n.type === 'const_declaration') : undefined;
    const kw = decl?.children.find((c) => c?.type === 'const');
    return kw ? { start: kw.startIndex, end: kw.endIndex } : undefined;
  } finally {
    tree.delete();
  }
}
