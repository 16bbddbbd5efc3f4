/**
 * Where "Kluster saya" is stored. Apart from profile.ts so that the bootstrap script can check for
 * a saved profile without shipping the profile code to readers who never saved one.
 */
export const PROFILE_STORAGE_KEY = 'ack-faq:profile';
