import { describe, expect, it } from 'vitest';
import { isUserPlanId, packIdOf, userPlanId } from './userPlanId';

describe('user plan ids', () => {
	it('names a user pack apart from every built-in id', () => {
		expect(userPlanId('china-2030')).toBe('user.china-2030');
		expect(isUserPlanId('user.china-2030')).toBe(true);
		expect(isUserPlanId('china-2030')).toBe(false);
		expect(packIdOf('user.my-plan')).toBe('my-plan');
		expect(packIdOf('china-2030')).toBe('china-2030');
	});
	it.each(['user.', 'user.My-Plan', 'user.9x', 'user.a.b', 'user.<b>', 'users.a'])(
		'refuses %s',
		(id) => expect(isUserPlanId(id)).toBe(false)
	);
});
