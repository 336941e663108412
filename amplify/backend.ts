import { defineBackend } from '@aws-amplify/backend';
import { auth } from './auth/resource';
import { data } from './data/resource';
import { vanityLookup } from './functions/vanity-lookup/resource';

defineBackend({ auth, data, vanityLookup });
