import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/dataset/model';
import { peopleNames } from '../../src/format/peopleNames';

const people: Person[] = [{ id: 'pompeo', name: 'Mike Pompeo' }, { id: 'lavrov', name: 'Sergei Lavrov' }];
const timeline = { personById: new Map(people.map((p) => [p.id, p])) };

describe('peopleNames', () => {
  it('names an event\'s people in its order, joined by the separator given', () => {
    expect(peopleNames({ people: ['lavrov', 'pompeo'] }, timeline, ', ')).toBe('Sergei Lavrov, Mike Pompeo');
    expect(peopleNames({ people: ['pompeo', 'lavrov'] }, timeline, '، ')).toBe('Mike Pompeo، Sergei Lavrov');
  });
  it('is empty for an event without people, and shows an unknown person as their id', () => {
    expect(peopleNames({ people: [] }, timeline, ', ')).toBe('');
    expect(peopleNames({ people: ['peskov'] }, timeline, ', ')).toBe('peskov');
  });
});
