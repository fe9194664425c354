/**
 * Words that make a password guessable whatever digits or symbols surround them: a password whose
 * letters, folded to lower-case ascii, are exactly one of these is refused ("Password2026!", "Matkhau@123").
 * The most common passwords of breach lists, and the obvious ones for this installation. Not "demo": the
 * demo logins' random password (Demo-<hex>-57) can have no letter in its hex part.
 */
export const WEAK_PASSWORD_WORDS = new Set([
  '', 'password', 'passwd', 'passw', 'pass', 'passpass', 'passwordpassword', 'mypassword', 'newpassword',
  'admin', 'administrator', 'adminadmin', 'root', 'toor', 'user', 'guest', 'login', 'test', 'tester',
  'qwerty', 'qwertyuiop', 'qwertyui', 'qwe', 'qweasd', 'qweasdzxc', 'asdf', 'asdfgh', 'asdfghjkl', 'zxcvbn', 'zxcvbnm',
  'qazwsx', 'abc', 'abcd', 'abcdef', 'abcdefgh', 'abcdefghijkl', 'aaa', 'aaaaaa', 'iloveyou', 'letmein', 'welcome',
  'changeme', 'secret', 'master', 'monkey', 'dragon', 'shadow', 'sunshine', 'princess', 'football', 'baseball',
  'superman', 'batman', 'trustno', 'starwars', 'whatever', 'freedom', 'hello', 'helloworld', 'loveyou', 'love',
  'strapi', 'strapiadmin', 'column', 'columnnq', 'cms', 'cmsadmin', 'nq', 'nghiquyet', 'chuyenmuc',
  'matkhau', 'matkhaumoi', 'quantri', 'quantrivien', 'bientap', 'bientapvien', 'baomat', 'vietnam', 'hanoi', 'saigon',
  'hochiminh', 'anhyeuem', 'emyeuanh', 'yeuem', 'xinchao', 'khongbiet', 'congthong', 'congthongtin',
]);
