/**
 * `var.x`, `local.x`, `data.TYPE.NAME.attr` and the sources a build names must resolve against the
 * declarations of the whole folder: Packer stops on each that does not ("Unsupported attribute",
 * "Unknown source"). Reported on the file being analysed, resolved against every file of its folder.
 *
 * HCL discards the errors of a condition's branch that is not taken, and try()/can() swallow theirs:
 * a reference there only breaks the build some of the time, or silently never works, so it is a
 * warning.
 */
import { isCurlyDoubleQuote, isCurlySingleQuote } from '../parsing/characters';
import type { Expression } from '../parsing/hcl/ast';
import { forEachBodyExpression, forEachChild } from '../parsing/hcl/walk';
import type { ComponentDeclaration, Declaration, HclConfiguration } from '../model/hcl/configuration';
import type { HclFile } from '../model/hcl/hclFile';
import {
  contains,
  declarationsAreComplete,
  evaluatedReferences,
  stepName,
  type NameStep,
} from '../model/hcl/referenceResolution';
import { hcl2Facts } from '../schema/generated/hcl2';
import { didYouMean } from '../util/didYouMean';
import type { Finding, OffsetRange, TextReplacement } from '../types';
import { inScope, type Rule, type RuleContext } from './rule';
import { declaredNames, pairKey } from '../model/hcl/declaredNames';

export const undefinedReference: Rule = {
  meta: {
    id: 'undefined-reference',
    description: 'A var., local., data. reference or a build source that names nothing the folder declares.',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
  },
  check(context) {
    const hcl = context.document.hcl;
    if (hcl === undefined || hcl.file.role !== 'config') return;
    const { file, configuration } = hcl;
    // A folder we cannot list may declare what we cannot see (`*.pkr.json` files are read as HCL2).
    const complete = declarationsAreComplete(context);
    // Walked for the first finding only: a valid file needs none of it.
    let maybeUnevaluated: ReturnType<typeof lenientRanges> | undefined;
    for (const traversal of evaluatedReferences(file).traversals) {
      if (!inScope(context, traversal.range)) continue;
      const report = (finding: Omit<Finding, 'ruleId'>) => {
        maybeUnevaluated ??= lenientRanges(file);
        const lenient = maybeUnevaluated.find((r) => contains(r.range, traversal.range));
        context.report(
          lenient === undefined
            ? finding
            : { ...finding, severity: 'warning', message: `${finding.message} ${lenient.why}` },
        );
      };
      const [first, second, third] = traversal.steps.map(stepName);
      switch (traversal.root) {
        case 'var':
          if (complete && first !== undefined) checkVariable(report, configuration, first);
          break;
        case 'local':
          if (complete && first !== undefined) checkLocal(report, configuration, first);
          break;
        case 'data':
          if (first !== undefined && second !== undefined)
            checkData(report, configuration, [first, second, third], complete);
          break;
        default:
          checkRoot(report, traversal.root, traversal.rootRange);
      }
    }
    if (!complete) return;
    for (const build of configuration.builds) {
      if (build.file !== file || !inScope(context, build.block.range)) continue;
      for (const reference of build.sourceReferences) checkSource(context, configuration, reference);
    }
  },
};

type Report = (finding: Omit<Finding, 'ruleId'>) => void;

/** Where an error may never surface: a condition's branches, and the arguments of try() and can(). */
function lenientRanges(file: HclFile): Array<{ range: OffsetRange; why: string }> {
  const found: Array<{ range: OffsetRange; why: string }> = [];
  const visit = (expression: Expression): void => {
    if (expression.kind === 'conditional') {
      const why = 'Packer only stops on it when this branch of the condition is taken.';
      found.push({ range: expression.trueResult.range, why }, { range: expression.falseResult.range, why });
    } else if (expression.kind === 'functionCall' && (expression.name === 'try' || expression.name === 'can')) {
      const why = `${expression.name}() hides the error, so this never has a value.`;
      for (const arg of expression.args) found.push({ range: arg.range, why });
    }
    forEachChild(expression, visit);
  };
  forEachBodyExpression(file.body, visit);
  return found;
}

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

/** Writes `name` in place of a step, quoted when the step is; undefined when it cannot be written there. */
function rename(step: NameStep, name: string): TextReplacement | undefined {
  if (!step.quoted && !IDENTIFIER.test(name)) return undefined;
  return { range: step.range, newText: step.quoted ? JSON.stringify(name) : name };
}

function report(
  report: Report,
  range: OffsetRange,
  message: string,
  fix: { title: string; edits: Array<TextReplacement | undefined> } | undefined,
): void {
  const edits = fix?.edits.filter((e): e is TextReplacement => e !== undefined);
  const usable = fix !== undefined && edits !== undefined && edits.length === fix.edits.length;
  report({ range, message, ...(usable && { fixes: [{ title: fix.title, isPreferred: true, edits }] }) });
}

function reportName(report_: Report, step: NameStep, declarations: Declaration[], what: string, how: string): void {
  const suggestion = didYouMean(
    step.name,
    declarations.map((d) => d.name),
  );
  const where = declarations.find((d) => d.name === suggestion)?.file.name;
  report(
    report_,
    step.range,
    `There is no ${what} "${step.name}": ${how}` +
      (suggestion !== undefined ? `, or did you mean "${suggestion}" (${where})?` : '.'),
    suggestion === undefined ? undefined : { title: `Change to "${suggestion}"`, edits: [rename(step, suggestion)] },
  );
}

function checkVariable(report_: Report, configuration: HclConfiguration, step: NameStep): void {
  if (declaredNames(configuration).variables.has(step.name)) return;
  const inVarFile = configuration.files.find(
    (f) =>
      f.role !== 'config' &&
      f.body.items.some((i) => i.kind === 'block' && i.type === 'variable' && i.labels[0]?.value === step.name),
  );
  const how =
    inVarFile !== undefined
      ? `its variable block is in ${inVarFile.name}, a variable file, which can only set values: move the block to a .pkr.hcl file`
      : 'declare it with a variable block';
  reportName(report_, step, configuration.variables, 'variable', how);
}

function checkLocal(report_: Report, configuration: HclConfiguration, step: NameStep): void {
  if (declaredNames(configuration).locals.has(step.name)) return;
  reportName(report_, step, configuration.locals, 'local value', 'declare it in a locals block');
}

/** Roots close to one of these are slips (`vars.x`, `locals.x`); other roots are left to Packer. */
const REFERENCE_ROOTS = ['var', 'local', 'data'];

/** Each root's "did you mean", once: `k`, `v`, `each`, `path`... recur in every file, and in every keystroke's analysis. */
const rootSuggestions = new Map<string, string | undefined>();

function checkRoot(report_: Report, root: string, range: OffsetRange): void {
  let suggestion = rootSuggestions.get(root);
  if (suggestion === undefined && !rootSuggestions.has(root)) {
    suggestion = didYouMean(root, REFERENCE_ROOTS);
    if (rootSuggestions.size < 1000) rootSuggestions.set(root, suggestion);
  }
  if (suggestion === undefined) return;
  report(report_, range, `There is nothing named "${root}" to refer to: did you mean "${suggestion}"?`, {
    title: `Change to "${suggestion}"`,
    edits: [{ range, newText: suggestion }],
  });
}

/** The declaration a mistyped TYPE.NAME pair most likely meant, and the edits that make the pair name it. */
function correctPair(
  typeStep: NameStep,
  nameStep: NameStep,
  declarations: ComponentDeclaration[],
): { declaration: ComponentDeclaration; range: OffsetRange; edits: Array<TextReplacement | undefined> } | undefined {
  const sameType = declarations.filter((d) => d.type === typeStep.name);
  const closeName = didYouMean(
    nameStep.name,
    sameType.map((d) => d.name),
  );
  const key = (d: ComponentDeclaration) => `${d.type}.${d.name}`;
  const closeKey = didYouMean(`${typeStep.name}.${nameStep.name}`, declarations.map(key));
  const declaration = sameType.find((d) => d.name === closeName) ?? declarations.find((d) => key(d) === closeKey);
  if (declaration === undefined) return undefined;
  const changeType = declaration.type !== typeStep.name;
  const changeName = declaration.name !== nameStep.name;
  return {
    declaration,
    range: {
      start: (changeType ? typeStep : nameStep).range.start,
      end: (changeName ? nameStep : typeStep).range.end,
    },
    edits: [
      ...(changeType ? [rename(typeStep, declaration.type)] : []),
      ...(changeName ? [rename(nameStep, declaration.name)] : []),
    ],
  };
}

/** Only one declaration has this name: the type was left out (`data.NAME`, `source.NAME`). */
function onlyNamed(name: string, declarations: ComponentDeclaration[]): ComponentDeclaration | undefined {
  const named = declarations.filter((d) => d.name === name);
  return named.length === 1 ? named[0] : undefined;
}

function checkData(
  report_: Report,
  configuration: HclConfiguration,
  [typeStep, nameStep, attribute]: [NameStep, NameStep, NameStep | undefined],
  complete: boolean,
): void {
  const declared = declaredNames(configuration).dataSources.has(pairKey(typeStep.name, nameStep.name));
  if (!declared) {
    if (!complete) return;
    const message = `There is no data source data.${typeStep.name}.${nameStep.name}: declare it with a data "${typeStep.name}" "${nameStep.name}" block`;
    const pair = { start: typeStep.range.start, end: nameStep.range.end };
    const correction = correctPair(typeStep, nameStep, configuration.dataSources);
    const untyped = correction === undefined ? onlyNamed(typeStep.name, configuration.dataSources) : undefined;
    if (correction !== undefined) {
      const { declaration: d, range, edits } = correction;
      const title = `Change to data.${d.type}.${d.name}`;
      report(report_, range, `${message}, or did you mean data.${d.type}.${d.name} (${d.file.name})?`, {
        title,
        edits,
      });
    } else if (untyped !== undefined && !typeStep.quoted) {
      const d = untyped;
      report(report_, pair, `${message}, or did you mean data.${d.type}.${d.name} (${d.file.name})?`, {
        title: `Change to data.${d.type}.${d.name}`,
        edits: [{ range: { start: typeStep.range.start, end: typeStep.range.start }, newText: `${d.type}.` }],
      });
    } else report(report_, pair, `${message}.`, undefined);
    return;
  }
  const outputs = hcl2Facts.dataSourceOutputs[typeStep.name];
  if (attribute === undefined || outputs === undefined || outputs.includes(attribute.name)) return;
  const suggestion = didYouMean(attribute.name, outputs);
  report(
    report_,
    attribute.range,
    `The ${typeStep.name} data source has no attribute "${attribute.name}"` +
      (suggestion !== undefined
        ? `: did you mean "${suggestion}"?`
        : `: it has ${outputs.map((o) => `"${o}"`).join(', ')}.`),
    suggestion === undefined
      ? undefined
      : { title: `Change to "${suggestion}"`, edits: [rename(attribute, suggestion)] },
  );
}

/**
 * A build's source: `"source.TYPE.NAME"` or `"TYPE.NAME"` (Packer drops the first of three parts,
 * whatever it is). The halves get ranges only when the string has no escapes.
 */
function checkSource(
  context: RuleContext,
  configuration: HclConfiguration,
  reference: { value: string; range: OffsetRange },
): void {
  const parts = reference.value.split('.');
  if (parts.length < 2) return; // Not a reference at all: Packer's "Invalid source reference".
  const [prefix = '', type = '', name = ''] = parts.length > 2 ? parts : ['', ...parts];
  if (declaredNames(configuration).sources.has(pairKey(type, name))) return;
  const text = context.document.text;
  // Curly or single quotes are read as straight ones (smart-quotes owns them): the name inside is
  // the same, and so is its correction, whichever quotes surround it.
  const delimiter = text[reference.range.start];
  const quote =
    delimiter === '"' || delimiter === "'" || isCurlyDoubleQuote(delimiter) || isCurlySingleQuote(delimiter) ? 1 : 0;
  const inner = { start: reference.range.start + quote, end: reference.range.end - quote };
  const plain = text.slice(inner.start, inner.end) === reference.value;
  const typeStart = inner.start + (parts.length > 2 ? prefix.length + 1 : 0);
  const typeStep: NameStep = { name: type, range: { start: typeStart, end: typeStart + type.length }, quoted: false };
  const nameStart = typeStep.range.end + 1;
  const nameStep: NameStep = { name, range: { start: nameStart, end: nameStart + name.length }, quoted: false };
  const message = `There is no source "${type}" "${name}" for this build: declare it with a source "${type}" "${name}" block`;
  const pair = plain ? { start: typeStep.range.start, end: nameStep.range.end } : reference.range;
  const correction = plain ? correctPair(typeStep, nameStep, configuration.sources) : undefined;
  // "source.NAME": Packer reads the type "source".
  const untyped =
    plain && correction === undefined && parts.length === 2 && type === 'source'
      ? onlyNamed(name, configuration.sources)
      : undefined;
  if (correction !== undefined) {
    const { declaration: d, range, edits } = correction;
    const title = `Change to source.${d.type}.${d.name}`;
    report(context.report, range, `${message}, or did you mean source.${d.type}.${d.name} (${d.file.name})?`, {
      title,
      edits,
    });
  } else if (untyped !== undefined) {
    const d = untyped;
    report(context.report, pair, `${message}, or did you mean source.${d.type}.${d.name} (${d.file.name})?`, {
      title: `Change to source.${d.type}.${d.name}`,
      edits: [{ range: { start: nameStep.range.start, end: nameStep.range.start }, newText: `${d.type}.` }],
    });
  } else report(context.report, pair, `${message}.`, undefined);
}
