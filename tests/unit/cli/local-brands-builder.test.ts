import { describe, expect, it } from 'vitest';
import { localBrands } from '../../../local/cli/local-brands-builder';

const item = (brand: string, include: (string | number)[], tags: Record<string, string> = {}) => ({ locationSet: { include }, tags: { brand, ...tags } });

describe('localBrands', () => {
  const nsi = {
    'brands/shop/charity': { items: [item('Salvos', ['au']), item('Oxfam', ['001']), item('Debra', ['gb'])] },
    'brands/office/insurance': { items: [item('RACQ', ['au-qld.geojson']), item('Aviva', ['gb', 'ie'])] },
    'brands/shop/erotic': { items: [item('Adult Shop', ['au'], { shop: 'erotic' })] },
    'operators/amenity/waste': { items: [item('Council Tip', ['au'])] },
  };

  it("places a chain in the countries its location set names, a state's shape included, never the world's; no first name", () => {
    const brands = localBrands(nsi, new Set(['debra']));
    expect(brands.AU).toEqual(['racq', 'salvos']);
    expect(brands.GB).toEqual(['aviva']);
    expect(brands.IE).toEqual(['aviva']);
    expect(brands.NZ).toEqual([]);
  });
});
