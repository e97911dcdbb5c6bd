/**
 * Arabic words of a trade that a customer outside it does not know: the accountant's, the lawyer's, the customs
 * broker's, the electrician's, the network engineer's, the dentist's, the insurer's and the banker's. Written as the
 * trade writes them, each as the phrase that names the thing (the head of a construct alone is often an everyday word:
 * «قيد»، «كشف»، «إشعار»); letter forms and diacritics are folded when they are matched. One such term in a step may be
 * known; two or more in the steps of a paragraph are a vocabulary the customer is expected to share
 * (`no-unclear-instructions`).
 */
export const arabicTradeTerms: readonly string[] = [
  // Accounting.
  'مطابقة الذمم', 'الذمم المدينة', 'الذمم الدائنة', 'قيد التسوية', 'قيد تسوية', 'قيدًا عكسيًا', 'قيد عكسي', 'قيد اليومية',
  'إشعار الدائن', 'إشعار دائن', 'إشعار المدين', 'إشعار مدين', 'دفتر الأستاذ', 'ميزان المراجعة', 'التسوية البنكية',
  'ضريبة المدخلات', 'ضريبة المخرجات', 'مركز التكلفة', 'الإهلاك المتراكم',
  // Law and the courts.
  'الصيغة التنفيذية', 'السند التنفيذي', 'المنفذ ضده', 'الحجز التحفظي', 'الحجز التنفيذي', 'التكليف بالوفاء', 'محضر المعاينة',
  'صحيفة الدعوى', 'قيد الدعوى', 'قلم المحكمة', 'قلم الكتاب', 'الإقرار والصلح', 'حق الإقرار', 'أمر الأداء', 'الطعن بالنقض',
  'مذكرة دفاع', 'مذكرة الدفاع', 'حصر الإرث',
  // Customs and freight.
  'النظام المنسق', 'البيان الجمركي', 'المفوض الجمركي', 'إذن التسليم', 'أمر التسليم',
  'التأمين النقدي', 'ساحة الكشف', 'الفسح الجمركي', 'منشأ تفضيلي',
  // Electrical work.
  'مقاومة العزل', 'القاطع التفاضلي', 'قاطع التسرب', 'التسرب الأرضي', 'الميغر', 'التأريض', 'الطور والمحايد',
  'تسليح القاطع',
  // Networks, in Arabic words.
  'عرض النطاق', 'عرض الحزمة', 'قناع الشبكة', 'البوابة الافتراضية', 'خادم الأسماء', 'إعادة توجيه المنافذ', 'عنوان الماك',
  // Dentistry and medicine.
  'السنخ', 'السنخي', 'الخثرة', 'الضغط السلبي', 'مضمضة رضية', 'الجرعة التحميلية', 'الحقن تحت الجلد',
  'الصيام القاعدي',
  // Insurance and banking.
  'إعادة التأمين', 'الاشتراك التناسبي', 'خطاب الضمان', 'الاعتماد المستندي', 'الحوالة العكسية',
  'رقم التوجيه',
  // Storage and backup.
  'المزامنة التفاضلية', 'الفهرس المحلي', 'الطابع الزمني', 'إزالة التكرار', 'مستوى الكتل', 'النسخ التزايدي', 'النسخة التزايدية', 'نقطة الاستعادة',
];
