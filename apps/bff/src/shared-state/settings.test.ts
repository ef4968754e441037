import { describe, expect, it } from 'vitest';
import { readSharedStateSettings } from './settings.ts';

describe('readSharedStateSettings', () => {
  it('reads REDIS_URL, BASE_PATH and INSTANCE_ID, with a prefix in any spelling', () => {
    expect(readSharedStateSettings({})).toEqual({
      redisUrl: undefined,
      basePath: '/',
      instanceId: undefined,
    });
    for (const spelling of ['console', '/console', 'console/', '/console/'])
      expect(readSharedStateSettings({ BASE_PATH: spelling }).basePath).toBe('/console/');
    expect(
      readSharedStateSettings({
        REDIS_URL: 'rediss://:secret@valkey:6380/1',
        INSTANCE_ID: 'bff-1',
      }),
    ).toMatchObject({ redisUrl: 'rediss://:secret@valkey:6380/1', instanceId: 'bff-1' });
  });

  it('names the variable at fault, and never echoes a Redis URL', () => {
    expect(() => readSharedStateSettings({ REDIS_URL: 'http://:secret@valkey' })).toThrow(
      /^REDIS_URL: the value given must be a redis:\/\/ or rediss:\/\/ URL$/,
    );
    expect(() => readSharedStateSettings({ REDIS_URL: 'http://:secret@valkey' })).not.toThrow(
      /secret/,
    );
    expect(() => readSharedStateSettings({ BASE_PATH: '/a/../b' })).toThrow(
      /^BASE_PATH: \/a\/\.\.\/b must not contain \. or \.\. segments$/,
    );
    expect(() => readSharedStateSettings({ BASE_PATH: '/con sole/' })).toThrow(/^BASE_PATH: /);
    expect(() => readSharedStateSettings({ INSTANCE_ID: 'two words' })).toThrow(/^INSTANCE_ID: /);
  });
});
