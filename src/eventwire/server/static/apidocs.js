// The API page: every path of /openapi.json with its parameters, as text (no request is sent for the reader).
"use strict";

import { element, getJson, row, table } from "./dom.js";

function schemaText(schema = {}) {
  // "integer 1-4", "one of csv, jsonl", "string, optional" …
  const options = schema.anyOf ? schema.anyOf.filter((part) => part.type !== "null") : [schema];
  return options.map((part) => {
    if (part.enum) return `one of ${part.enum.join(", ")}`;
    const range = [part.minimum ?? part.exclusiveMinimum, part.maximum ?? part.exclusiveMaximum];
    const bounds = range.some((value) => value !== undefined) ? ` ${range[0] ?? ""}…${range[1] ?? ""}` : "";
    const pattern = part.pattern ? ` matching ${part.pattern}` : "";
    return `${part.type || part.format || "value"}${part.format ? ` (${part.format})` : ""}${bounds}${pattern}`;
  }).join(" or ");
}

async function start() {
  const holder = document.getElementById("endpoints");
  try {
    const spec = await getJson("/openapi.json");
    const parts = [element("h2", `${spec.info.title} ${spec.info.version}`), element("p", spec.info.description || "")];
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const section = element("section", null, "endpoint");
        section.append(element("h3", `${method.toUpperCase()} ${path}`),
                       element("p", operation.description || operation.summary || ""));
        const parameters = operation.parameters || [];
        if (parameters.length) {
          section.append(table(["parameter", "in", "type", "required", "meaning"], parameters.map((parameter) =>
            row([parameter.name, parameter.in, schemaText(parameter.schema), parameter.required ? "yes" : "no",
                 parameter.description || parameter.schema?.description || ""])), "compact"));
        }
        parts.push(section);
      }
    }
    holder.replaceChildren(...parts);
  } catch (failure) {
    holder.textContent = `error: ${failure.message}`;
  }
}

start();
