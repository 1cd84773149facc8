import { Microphone } from '@strapi/icons';

/** The Newsroom's own menu icon: a press microphone (the Content Manager has the feather). */
export const PluginIcon = () => <Microphone />;
