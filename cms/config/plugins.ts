import { UPLOAD_MAX_BYTES } from '../src/policies-data/upload-limits';

export default () => ({
  upload: {
    config: {
      provider: 'local',
      sizeLimit: UPLOAD_MAX_BYTES,
      breakpoints: { large: 1600, medium: 1000, small: 500 },
    },
  },
});
