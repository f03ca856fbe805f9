import { defineMessages } from '@/lib/i18n';

export const authMessages = defineMessages(
  {
    'auth.title': '用户登录',
    'auth.userName': '用户名',
    'auth.password': '密码',
    'auth.userName.required': '请输入用户名',
    'auth.password.required': '请输入密码',
    'auth.submit': '登录',
    'auth.error.invalidCredentials': '用户名或密码错误',
    'auth.error.disabled': '账号已被停用，请联系系统管理员',
    'auth.error.lockedOut': '登录失败次数过多，账号已被锁定，请稍后再试',
    'auth.error.lockedOutUntil': '登录失败次数过多，账号已被锁定，请于 {until}（北京时间）后再试',
  },
  {
    'auth.title': 'Sign in',
    'auth.userName': 'User name',
    'auth.password': 'Password',
    'auth.userName.required': 'Please enter your user name',
    'auth.password.required': 'Please enter your password',
    'auth.submit': 'Sign in',
    'auth.error.invalidCredentials': 'Wrong user name or password',
    'auth.error.disabled': 'This account is disabled. Please contact a system administrator',
    'auth.error.lockedOut': 'Too many failed attempts: the account is locked. Please try again later',
    'auth.error.lockedOutUntil': 'Too many failed attempts: the account is locked until {until} (Beijing time)',
  },
);
