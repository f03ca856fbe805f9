import { describe, expect, it } from 'vitest';
import { conflictOnField, fieldOf, mapProblemToFields } from './form-errors';
import { ApiError } from './problem-details';

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

describe('conflictOnField', () => {
  it('puts a 409 that names no field on the given field', () => {
    const error = new ApiError(409, { status: 409, title: 'Conflict', code: 'duplicate', traceId: 't-1' });
    const mapped = conflictOnField(error, 'creditCode', '已登记');
    expect(mapped).toBeInstanceOf(ApiError);
    expect((mapped as ApiError).problem).toMatchObject({ status: 409, traceId: 't-1', errors: { creditCode: ['已登记'] } });
  });

  it('keeps a 409 that names its field, and every other error', () => {
    const named = new ApiError(409, { status: 409, errors: { creditCode: ['该统一社会信用代码已登记。'] } });
    expect(conflictOnField(named, 'creditCode', 'x')).toBe(named);
    const invalid = new ApiError(400, { status: 400, errors: { creditCode: ['校验位错误'] } });
    expect(conflictOnField(invalid, 'creditCode', 'x')).toBe(invalid);
    const network = new TypeError('Failed to fetch');
    expect(conflictOnField(network, 'creditCode', 'x')).toBe(network);
  });
});
