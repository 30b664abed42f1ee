export async function seedRecruitmentDemo() {}
