import { describe, expect, it } from 'vitest';
import { fieldOf, mapProblemToFields } from './form-errors';

const fields = ['userName', 'displayName', 'roles', 'streetCode'];

describe('ProblemDetails errors → form fields', () => {
  it('puts each camelCase key on its field', () => {
    const mapped = mapProblemToFields(
      { status: 400, errors: { userName: ['用户名已存在'], displayName: ['姓名不能为空', '姓名过长'] } },
      fields,
    );
    expect(mapped).toEqual({
      fields: [
        { name: 'userName', errors: ['用户名已存在'] },
        { name: 'displayName', errors: ['姓名不能为空', '姓名过长'] },
      ],
      other: [],
    });
  });

  it('folds indexed and nested keys onto the top-level field', () => {
    const mapped = mapProblemToFields({ errors: { 'roles[0]': ['未知角色'], 'roles[2]': ['重复角色'] } }, fields);
    expect(mapped.fields).toEqual([{ name: 'roles', errors: ['未知角色', '重复角色'] }]);
  });

  it('accepts PascalCase keys', () => {
    expect(mapProblemToFields({ errors: { StreetCode: ['街镇不存在'] } }, fields).fields).toEqual([
      { name: 'streetCode', errors: ['街镇不存在'] },
    ]);
  });

  it('keeps errors of unknown fields apart', () => {
    const mapped = mapProblemToFields({ errors: { '': ['请求体无效'], tenant: ['无效'] } }, fields);
    expect(mapped).toEqual({ fields: [], other: ['请求体无效', '无效'] });
  });

  it('maps nothing for a problem without errors', () => {
    expect(mapProblemToFields({ status: 409, detail: '冲突' }, fields)).toEqual({ fields: [], other: [] });
    expect(mapProblemToFields(undefined, fields)).toEqual({ fields: [], other: [] });
  });

  it('names the field of a JSON path', () => {
    expect(fieldOf('address.street')).toBe('address');
    expect(fieldOf('InstitutionIds[1]')).toBe('institutionIds');
  });
});
