import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // '@kiln/react' marks its client files with 'use client' for Next.js; a plain Vite bundle drops the
  // directive by design, so the warning for each such file is noise here.
  viteFinal: (config) => {
    const build = (config.build ??= {});
    const options = (build.rollupOptions ??= {});
    const previous = options.onwarn;
    options.onwarn = (warning, warn) => {
      if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
      if (previous) previous(warning, warn);
      else warn(warning);
    };
    return config;
  },
};

export default config;
