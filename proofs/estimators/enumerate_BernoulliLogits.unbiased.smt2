; certjax: rule estimators.enumerate_BernoulliLogits, obligation 'unbiased', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!57 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let ((?x69 (- ?x9)))
 (let ((?x70 (/ ?x69 ?x18)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let ((?x72 (- ?x71)))
 (let ((?x75 (+ 1.0 ?x72)))
 (let ((?x56 (/ 1.0 exp!3)))
 (let ((?x76 (* ?x56 ?x75)))
 (let ((?x77 (* |f[1]| ?x76)))
 (let ((?x62 (/ ?x9 exp!3)))
 (let ((?x73 (* ?x62 ?x72)))
 (let ((?x74 (* |f[0]| ?x73)))
 (let ((?x78 (+ ?x74 ?x77)))
 (let ((?x63 (* |f[0]| ?x62)))
 (let ((?x67 (* 0.0 ?x63)))
 (let ((?x64 (- ?x63)))
 (let ((?x65 (* ?x56 ?x64)))
 (let ((?x57 (* |f[1]| ?x56)))
 (let ((?x58 (- ?x57)))
 (let ((?x59 (* ?x56 ?x58)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x66 (+ ?x60 ?x65)))
 (let ((?x68 (+ ?x66 ?x67)))
 (or (and (distinct ?x68 ?x78) true)))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x25 (< log!57 logits)))
 (= $x25 (< exp!2 exp!1))))
(assert
 (let (($x28 (< logits log!57)))
 (= $x28 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x32 (> log!57 0.0)))
 (= $x32 (> exp!2 1.0))))
(assert
 (let ((?x35 (+ 1.0 log!57)))
 (>= exp!2 ?x35)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x37 (> ?x18 0.0)))
 (=> $x37 (= exp!2 ?x18))))))
(assert
 (let (($x25 (< log!57 logits)))
 (= $x25 (< exp!3 exp!1))))
(assert
 (let (($x28 (< logits log!57)))
 (= $x28 (< exp!1 exp!3))))
(assert
 (let (($x45 (< log!57 log!57)))
 (= $x45 (< exp!3 exp!2))))
(assert
 (let (($x45 (< log!57 log!57)))
 (= $x45 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x32 (> log!57 0.0)))
 (= $x32 (> exp!3 1.0))))
(assert
 (let ((?x35 (+ 1.0 log!57)))
 (>= exp!3 ?x35)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
(let ((?x18 (+ 1.0 ?x9)))
(let (($x37 (> ?x18 0.0)))
(=> $x37 (= exp!3 ?x18))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!57 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!89 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x79 (* 1.0 exp!1)))
 (let ((?x80 (+ 1.0 ?x79)))
 (< 0.0 ?x80))))
(assert
 (let ((?x79 (* 1.0 exp!1)))
 (let ((?x80 (+ 1.0 ?x79)))
 (let (($x261 (= 0.0 ?x80)))
 (not $x261)))))
(assert
 (let ((?x79 (* 1.0 exp!1)))
 (let ((?x80 (+ 1.0 ?x79)))
 (< 0.0 ?x80))))
(assert
 (let ((?x79 (* 1.0 exp!1)))
 (let ((?x80 (+ 1.0 ?x79)))
 (let (($x261 (= 0.0 ?x80)))
 (not $x261)))))
(assert
 (let ((?x79 (* 1.0 exp!1)))
 (let ((?x80 (+ 1.0 ?x79)))
 (let ((?x179 (/ ?x79 ?x80)))
 (let ((?x140 (- ?x179)))
 (let ((?x182 (+ 1.0 ?x140)))
 (let ((?x130 (/ ?x79 exp!5)))
 (let ((?x183 (* ?x130 ?x182)))
 (let ((?x164 (* |f[1]| ?x183)))
 (let ((?x152 (/ 1.0 exp!5)))
 (let ((?x141 (* ?x152 ?x140)))
 (let ((?x112 (* |f[0]| ?x141)))
 (let ((?x165 (+ ?x112 ?x164)))
 (let ((?x107 (* |f[0]| ?x152)))
 (let ((?x181 (* 0.0 ?x107)))
 (let ((?x215 (- ?x107)))
 (let ((?x216 (* ?x130 ?x215)))
 (let ((?x133 (* |f[1]| ?x130)))
 (let ((?x134 (- ?x133)))
 (let ((?x98 (* ?x130 ?x134)))
 (let ((?x150 (+ ?x133 ?x98)))
 (let ((?x180 (+ ?x150 ?x216)))
 (let ((?x178 (+ ?x180 ?x181)))
 (or (and (distinct ?x178 ?x165) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x25 (< log!57 logits)))
 (= $x25 (< exp!2 exp!1))))
(assert
 (let (($x28 (< logits log!57)))
 (= $x28 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x32 (> log!57 0.0)))
 (= $x32 (> exp!2 1.0))))
(assert
 (let ((?x35 (+ 1.0 log!57)))
 (>= exp!2 ?x35)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x37 (> ?x18 0.0)))
 (=> $x37 (= exp!2 ?x18))))))
(assert
 (let (($x25 (< log!57 logits)))
 (= $x25 (< exp!3 exp!1))))
(assert
 (let (($x28 (< logits log!57)))
 (= $x28 (< exp!1 exp!3))))
(assert
 (let (($x45 (< log!57 log!57)))
 (= $x45 (< exp!3 exp!2))))
(assert
 (let (($x45 (< log!57 log!57)))
 (= $x45 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x32 (> log!57 0.0)))
 (= $x32 (> exp!3 1.0))))
(assert
 (let ((?x35 (+ 1.0 log!57)))
 (>= exp!3 ?x35)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x37 (> ?x18 0.0)))
 (=> $x37 (= exp!3 ?x18))))))
(assert
 (let (($x83 (< log!89 logits)))
 (= $x83 (< exp!4 exp!1))))
(assert
 (let (($x309 (< logits log!89)))
 (= $x309 (< exp!1 exp!4))))
(assert
 (let (($x301 (< log!89 log!57)))
 (= $x301 (< exp!4 exp!3))))
(assert
 (let (($x297 (< log!57 log!89)))
 (= $x297 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x299 (> log!89 0.0)))
 (= $x299 (> exp!4 1.0))))
(assert
 (let ((?x306 (+ 1.0 log!89)))
 (>= exp!4 ?x306)))
(assert
 (let ((?x79 (* 1.0 exp!1)))
 (let ((?x80 (+ 1.0 ?x79)))
 (let (($x292 (> ?x80 0.0)))
 (=> $x292 (= exp!4 ?x80))))))
(assert
 (let (($x83 (< log!89 logits)))
 (= $x83 (< exp!5 exp!1))))
(assert
 (let (($x309 (< logits log!89)))
 (= $x309 (< exp!1 exp!5))))
(assert
 (let (($x301 (< log!89 log!57)))
 (= $x301 (< exp!5 exp!3))))
(assert
 (let (($x297 (< log!57 log!89)))
 (= $x297 (< exp!3 exp!5))))
(assert
 (let (($x115 (< log!89 log!89)))
 (= $x115 (< exp!5 exp!4))))
(assert
 (let (($x115 (< log!89 log!89)))
 (= $x115 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x299 (> log!89 0.0)))
 (= $x299 (> exp!5 1.0))))
(assert
 (let ((?x306 (+ 1.0 log!89)))
 (>= exp!5 ?x306)))
(assert
 (let ((?x79 (* 1.0 exp!1)))
(let ((?x80 (+ 1.0 ?x79)))
(let (($x292 (> ?x80 0.0)))
(=> $x292 (= exp!5 ?x80))))))
(check-sat)
(pop 1)
