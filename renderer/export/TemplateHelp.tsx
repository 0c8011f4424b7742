import { TEMPLATE_PARTS } from './template-help';

/** A short guide to templates: the parts, and the values each part can use. */
export function TemplateHelp() {
  return (
    <details className="template-help">
      <summary id="template-help-summary">Parts and fields</summary>
      <p>
        A template is made of parts, each a Mustache section such as <code>{'{{#highlight}}…{{/highlight}}'}</code>. Parts you leave
        out come from the default. Values are escaped for Markdown or YAML already; <code>{'{{#name}}…{{/name}}'}</code> shows text only
        when a value is set, <code>{'{{^name}}…{{/name}}'}</code> only when it is not.
      </p>
      <dl className="help-parts">
        {TEMPLATE_PARTS.map((part) => (
          <div key={part.part} className="help-part">
            <dt>
              <code>{`{{#${part.part}}}`}</code>
            </dt>
            <dd>
              <span>{part.what}</span>
              <span className="help-fields">
                {part.fields.map((field) => (
                  <code key={field}>{field}</code>
                ))}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
