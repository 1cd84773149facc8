import canEditLocale from './can-edit-locale';

export default { 'can-edit-locale': canEditLocale };
