// The main API scenario, run with the TypeScript client that openapi-generator (typescript-fetch) makes from
// Handshake's OpenAPI document, unmodified: if the document lies about a status, a header, a field or the
// security, this fails. Run by GeneratedClientTest against a started server: node scenario.js <base> <email> <password>
import {
    APITokensApi,
    Configuration,
    ExportsApi,
    PeopleApi,
    ProblemDetailFromJSON,
    ResponseError,
    TouchpointsApi,
} from './generated/index';

// Node's own, declared here rather than pulling in @types/node for two names.
declare const process: { argv: string[]; exit(code: number): never };

const [base, email, password] = process.argv.slice(2);

function check(condition: unknown, what: string): asserts condition {
    if (!condition) {
        throw new Error('Failed: ' + what);
    }
}

/** The problem an operation answers with, or a failure if it succeeds. */
async function problemOf(call: () => Promise<unknown>): Promise<{ status: number; type: string }> {
    try {
        await call();
    } catch (e) {
        if (e instanceof ResponseError) {
            check(e.response.headers.get('Content-Type')?.startsWith('application/problem+json'), 'a problem answer');
            const problem = ProblemDetailFromJSON(await e.response.json());
            check(problem.status === e.response.status, 'the problem names its status');
            return { status: e.response.status, type: problem.type };
        }
        throw e;
    }
    throw new Error('Failed: expected an error answer');
}

async function main() {
    const issued = await new APITokensApi(new Configuration({ basePath: base, username: email, password }))
        .issueToken({ tokenRequest: { name: 'generated client' } });
    check(issued.token.startsWith('hs_'), 'a token over HTTP Basic');
    const signedIn = new Configuration({ basePath: base, accessToken: issued.token });
    const people = new PeopleApi(signedIn);
    const touchpoints = new TouchpointsApi(signedIn);

    const address = `grace-${Date.now()}@navy.example`;
    const created = await people.createPersonRaw({
        personRequest: { name: 'Grace Hopper', emails: [{ address, label: 'work' }], tags: ['compilers'] },
    });
    check(created.raw.status === 201, 'a person is created');
    const person = await created.value();
    check(created.raw.headers.get('Location') === `/api/people/${person.id}`, 'Location names the new person');
    check(person.title === null && person.emails[0].address === address, 'the person as sent');

    const read = await people.getPersonRaw({ id: person.id });
    const etag = read.raw.headers.get('ETag');
    check(etag !== null, 'reading gives an ETag');
    const updated = await people.updatePersonRaw({
        id: person.id, ifMatch: etag,
        personRequest: { name: 'Grace Hopper', title: 'Rear Admiral', emails: [{ address }], tags: ['compilers'] },
    });
    check((await updated.value()).title === 'Rear Admiral', 'the change is kept');
    check(updated.raw.headers.get('ETag') !== etag, 'a change gives a new ETag');

    const page = await people.listPeople({ q: 'Grace', limit: 10 });
    check(page.items.some(line => line.id === person.id), 'the list finds her');

    const logged = await touchpoints.logTouchpoint({
        touchpointRequest: { channel: 'meal', occurredAt: new Date(), personIds: [person.id], summary: 'Lunch' },
    });
    check(logged.people[0].id === person.id && logged.durationMinutes === null, 'a touchpoint is logged');
    const timeline = await touchpoints.getTimeline({ personId: person.id });
    check(timeline.items.length === 1, 'the timeline shows it');

    const stale = await problemOf(() => people.updatePerson({ id: person.id, ifMatch: etag!, personRequest: { name: 'Old' } }));
    check(stale.status === 412 && stale.type === '/problems/stale-version', 'a stale ETag is refused with 412');
    const missing = await problemOf(() => people.getPerson({ id: '01900000-0000-7000-8000-000000000000' }));
    check(missing.status === 404 && missing.type === '/problems/not-found', 'an unknown id is 404');
    const invalid = await problemOf(() => people.createPerson({ personRequest: { name: '' } }));
    check(invalid.status === 400 && invalid.type === '/problems/validation-failed', 'a blank name is 400');
    const duplicate = await problemOf(() => people.createPerson({ personRequest: { name: 'Again', emails: [{ address }] } }));
    check(duplicate.status === 409 && duplicate.type === '/problems/duplicate', 'a taken email is 409');
    const anonymous = await problemOf(() => new PeopleApi(new Configuration({ basePath: base })).listPeople());
    check(anonymous.status === 401, 'no token is 401');

    const vcard = await new ExportsApi(signedIn).exportPeopleVcard();
    check((await vcard.text()).includes('Grace Hopper'), 'the vCard export holds her');

    await touchpoints.deleteTouchpoint({ id: logged.id });
    const deleted = await people.deletePersonRaw({ id: person.id, ifMatch: updated.raw.headers.get('ETag')! });
    check(deleted.raw.status === 204, 'she is deleted');
    console.log('Generated client scenario OK');
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
