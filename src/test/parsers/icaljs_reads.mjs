// What ical.js reads from a vCard or iCalendar file, as JSON on standard output.
// Usage: node icaljs_reads.mjs ICAL_JS_MODULE vcard|ical FILE
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [module, kind, file] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(module).href)).default;
const parsed = ICAL.parse(readFileSync(file, 'utf8'));
const first = (component, name) => {
  const property = component.getFirstProperty(name);
  return property ? property.getFirstValue() : null;
};
const list = (value) => (value === null || value === undefined ? [] : [].concat(value));

let out;
if (kind === 'vcard') {
  // Several cards parse into an array of components.
  const cards = Array.isArray(parsed[0]) ? parsed : [parsed];
  out = cards.map((jcard) => {
    const card = new ICAL.Component(jcard);
    const adr = card.getFirstProperty('adr');
    const org = card.getFirstProperty('org');
    const categories = card.getFirstProperty('categories');
    return {
      uid: first(card, 'uid'),
      fn: first(card, 'fn'),
      title: first(card, 'title'),
      org: org ? list(org.getFirstValue()) : null,
      note: first(card, 'note'),
      tel: card.getAllProperties('tel').map((t) => ({ value: t.getFirstValue(), types: list(t.getParameter('type')) })),
      email: card.getAllProperties('email').map((e) => ({ value: e.getFirstValue(), types: list(e.getParameter('type')) })),
      locality: adr ? adr.getFirstValue()[3] : null,
      region: adr ? adr.getFirstValue()[4] : null,
      country: adr ? adr.getFirstValue()[6] : null,
      categories: categories ? categories.getValues() : [],
    };
  });
} else {
  const calendar = new ICAL.Component(parsed);
  out = {
    method: first(calendar, 'method'),
    events: calendar.getAllSubcomponents('vevent').map((e) => ({
      uid: first(e, 'uid'),
      summary: first(e, 'summary'),
      description: first(e, 'description'),
      attendees: e.getAllProperties('attendee').map((a) => ({ value: a.getFirstValue(), cn: a.getParameter('cn') ?? null })),
    })),
  };
}
process.stdout.write(JSON.stringify(out));
