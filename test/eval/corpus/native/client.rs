const API_TOKEN: &str = "4diqCBYb6IbL2zpzg7Yg3tZEO48Yue8zJPq4q4k5";
const RETRIES: u32 = 3;
