/**
 * Hover in a legacy JSON template: top-level keys, component settings (nested ones and the meta
 * settings too), component types, user variables and the `{{ }}` template functions.
 */
import type { AnalysedDocument } from '../../document';
import type { LegacyTemplate } from '../../model/legacyTemplate';
import { getComponentSchema } from '../../schema/schemaStore';
import { touches, type JsonCursorContext } from '../context';
import { legacyFunctionHover } from './functionHover';
import type { HoverText } from './hclHover';
import { templateKey } from './keywordTexts';
import { code, docsLink, paragraphs } from '../markdown';
import { componentHover, kindName, settingHover } from './settingHover';
import { legacyVariableHover, type TemplateSource } from './legacyVariableHover';
import { contextFieldHover } from './contextVariableHover';
import { isOverrideKey, legacyOverrideHover } from './overrideHover';

export function jsonHover(
  document: AnalysedDocument,
  template: LegacyTemplate,
  context: JsonCursorContext,
): HoverText | undefined {
  const source: TemplateSource = {
    template,
    text: document.repairedText,
    fileName: decodeURIComponent(document.uri.slice(document.uri.lastIndexOf('/') + 1)),
  };
  const inCall = templateCallHover(source, context);
  if (inCall !== undefined) return inCall;
  const { property, onKey, component } = context;
  const typeString = document.components.find(
    (c) => c.node === undefined && c.typeNode !== undefined && touches(c.typeNode.range, context.offset),
  );
  if (typeString?.typeNode !== undefined)
    return componentTypeHover(typeString.kind, typeString.typeNode.value, typeString.typeNode.range);
  if (property === undefined) return undefined;
  if (component !== undefined) {
    const { settingPath, schema } = component;
    const isType = settingPath.length === 1 && settingPath[0] === 'type' && !component.inOverride;
    if (!onKey && isType && property.value?.type === 'string')
      return componentTypeHover(component.component.kind, property.value.value, property.value.range);
    if (onKey && isOverrideKey(component)) return legacyOverrideHover(source, component, property);
    if (!onKey || schema === undefined) return undefined;
    const markdown = settingHover(schema, settingPath, 'json');
    return markdown === undefined ? undefined : { markdown, range: property.keyRange };
  }
  return templateLevelHover(source, context);
}

function componentTypeHover(
  kind: Parameters<typeof getComponentSchema>[0],
  type: string,
  range: HoverText['range'],
): HoverText {
  const schema = getComponentSchema(kind, type);
  return {
    markdown: schema === undefined ? `Unknown ${kindName(kind)} type ${code(type)}.` : componentHover(kind, schema),
    range,
  };
}

/** Keys of the template itself, and the variables it declares. */
function templateLevelHover(source: TemplateSource, context: JsonCursorContext): HoverText | undefined {
  const { template } = source;
  const { property, onKey, value } = context;
  if (property === undefined) return undefined;
  const parent = property.parent?.parent;
  if (onKey && property.parent === template.root) {
    const keyword = templateKey(property.key);
    if (keyword === undefined) return undefined;
    const markdown = paragraphs(
      `**${property.key}** · ${code(keyword.syntax)}`,
      keyword.summary,
      docsLink(keyword.docs),
    );
    return { markdown, range: property.keyRange };
  }
  const inVariables = parent?.type === 'property' && parent.key === 'variables' && parent.parent === template.root;
  if (onKey && inVariables) return { markdown: legacyVariableHover(source, property.key), range: property.keyRange };
  if (property.key === 'sensitive-variables' && property.parent === template.root && value?.type === 'string')
    return { markdown: legacyVariableHover(source, value.value), range: value.range };
  return undefined;
}

/** `{{user `x`}}` hovers as the variable, `{{ .Path }}` as a template variable, other calls as their function. */
function templateCallHover(source: TemplateSource, context: JsonCursorContext): HoverText | undefined {
  const { template, text } = source;
  const { offset } = context;
  const string = template.templateStrings.find((s) => touches(s.node.range, offset));
  const call = string?.calls.find((c) => touches(c.range, offset));
  if (call === undefined) return undefined;
  if (call.name === undefined) {
    const owner = context.component?.component;
    const ownerType = owner?.type;
    return contextFieldHover(
      text.slice(call.range.start, call.range.end),
      call.range.start,
      offset,
      owner === undefined || ownerType === undefined ? undefined : { kindName: kindName(owner.kind), type: ownerType },
    );
  }
  const variable = call.name === 'user' ? call.args[0] : undefined;
  if (variable !== undefined) return { markdown: legacyVariableHover(source, variable.value), range: call.range };
  const markdown = legacyFunctionHover(call.name);
  return markdown === undefined ? undefined : { markdown, range: call.range };
}
