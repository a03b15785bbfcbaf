// React 18.3 has useSyncExternalStore built in; the shim package would hand SWR the other React's.
export { useSyncExternalStore } from 'react';
