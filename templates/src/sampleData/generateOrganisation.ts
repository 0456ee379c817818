import { makePersonName } from './chinesePersonName.js';
import type { Random } from './createRandom.js';
import type { RepType, SampleDepartment, SampleRole, SampleUser } from './SampleData.js';
import { salesRegions, type SalesRegion } from './salesRegions.js';

/** The sample company's people, with the reps grouped by region. */
export interface Organisation {
  readonly departments: readonly SampleDepartment[];
  readonly users: readonly SampleUser[];
  readonly director: SampleUser;
  readonly finance: SampleUser;
  readonly hr: SampleUser;
  readonly regions: readonly OrganisedRegion[];
}

export interface OrganisedRegion {
  readonly region: SalesRegion;
  readonly departmentId: string;
  readonly manager: SampleUser;
  readonly reps: readonly SampleUser[];
}

/**
 * 销售部 (the director) → 华东 / 华南 / 华北 (a manager each, 20 reps in all), beside 财务部 and
 * 人力资源部 for the countersigning and HR steps. Names are unique; usernames are their pinyin.
 */
export function generateOrganisation(random: Random): Organisation {
  const names = new Set<string>();
  const users: SampleUser[] = [];
  const person = (id: string, role: SampleRole, departmentId: string, title: string, appRoles: readonly string[] = [], repType?: RepType): SampleUser => {
    let name = makePersonName(random);
    while (names.has(name.name)) name = makePersonName(random);
    names.add(name.name);
    const taken = users.filter((user) => user.username.startsWith(name.pinyin)).length;
    const user: SampleUser = {
      id,
      username: taken === 0 ? name.pinyin : `${name.pinyin}${taken + 1}`,
      name: name.name,
      role,
      departmentId,
      appRoles,
      title,
      ...(repType === undefined ? {} : { repType }),
    };
    users.push(user);
    return user;
  };

  const director = person('u_director', 'admin', 'd_sales', '销售总监', ['director']);
  const finance = person('u_finance', 'member', 'd_finance', '财务主管', ['finance']);
  const hr = person('u_hr', 'member', 'd_hr', '人事经理', ['hr']);
  let repNumber = 0;
  const regions = salesRegions.map((region): OrganisedRegion => {
    const departmentId = `d_${region.key}`;
    const manager = person(`u_manager_${region.key}`, 'manager', departmentId, `${region.departmentName}经理`);
    const reps = Array.from({ length: region.reps }, (_, index) => {
      repNumber += 1;
      // Each region has one or two newcomers and a senior or two; the rest are seasoned.
      const repType: RepType = index === region.reps - 1 || (index === region.reps - 2 && random.chance(0.5)) ? 'new' : index < 2 ? 'senior' : 'regular';
      return person(`u_rep${String(repNumber).padStart(2, '0')}`, 'member', departmentId, repType === 'senior' ? '高级销售经理' : '销售代表', [], repType);
    });
    return { region, departmentId, manager, reps };
  });

  const departments: SampleDepartment[] = [
    { id: 'd_sales', name: '销售部', parentId: null, managerId: director.id },
    ...regions.map((entry) => ({ id: entry.departmentId, name: entry.region.departmentName, parentId: 'd_sales', managerId: entry.manager.id })),
    { id: 'd_finance', name: '财务部', parentId: null, managerId: finance.id },
    { id: 'd_hr', name: '人力资源部', parentId: null, managerId: hr.id },
  ];
  return { departments, users, director, finance, hr, regions };
}
