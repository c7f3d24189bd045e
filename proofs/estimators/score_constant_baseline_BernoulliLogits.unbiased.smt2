; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'unbiased', verdict proved
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
(declare-fun b () Real)
(declare-fun exp!2 () Real)
(declare-fun log!66 () Real)
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
 (let ((?x71 (- ?x9)))
 (let ((?x72 (/ ?x71 ?x18)))
 (let ((?x73 (+ 1.0 ?x72)))
 (let ((?x74 (- ?x73)))
 (let ((?x77 (+ 1.0 ?x74)))
 (let ((?x61 (/ 1.0 exp!3)))
 (let ((?x78 (* ?x61 ?x77)))
 (let ((?x79 (* |f[1]| ?x78)))
 (let ((?x55 (/ ?x9 exp!3)))
 (let ((?x75 (* ?x55 ?x74)))
 (let ((?x76 (* |f[0]| ?x75)))
 (let ((?x80 (+ ?x76 ?x79)))
 (let ((?x58 (- b)))
 (let ((?x65 (+ |f[1]| ?x58)))
 (let ((?x66 (- ?x65)))
 (let ((?x67 (* ?x66 ?x61)))
 (let ((?x68 (+ ?x65 ?x67)))
 (let ((?x69 (* ?x61 ?x68)))
 (let ((?x59 (+ |f[0]| ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x62 (* ?x60 ?x61)))
 (let ((?x63 (* ?x55 ?x62)))
 (let ((?x70 (+ ?x63 ?x69)))
 (or (and (distinct ?x70 ?x80) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!66 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!66)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!66 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!66)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!66 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!66)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!66 log!66)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!66 log!66)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!66 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!66)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
(let ((?x18 (+ 1.0 ?x9)))
(let (($x36 (> ?x18 0.0)))
(=> $x36 (= exp!3 ?x18))))))
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
(declare-fun b () Real)
(declare-fun exp!2 () Real)
(declare-fun log!66 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!94 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x81 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x81)))
 (< 0.0 ?x82))))
(assert
 (let ((?x81 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x81)))
 (let (($x308 (= 0.0 ?x82)))
 (not $x308)))))
(assert
 (let ((?x81 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x81)))
 (< 0.0 ?x82))))
(assert
 (let ((?x81 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x81)))
 (let (($x308 (= 0.0 ?x82)))
 (not $x308)))))
(assert
 (let ((?x81 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x81)))
 (let ((?x197 (/ ?x81 ?x82)))
 (let ((?x131 (- ?x197)))
 (let ((?x129 (+ 1.0 ?x131)))
 (let ((?x167 (/ ?x81 exp!5)))
 (let ((?x130 (* ?x167 ?x129)))
 (let ((?x260 (* |f[1]| ?x130)))
 (let ((?x163 (/ 1.0 exp!5)))
 (let ((?x133 (* ?x163 ?x131)))
 (let ((?x109 (* |f[0]| ?x133)))
 (let ((?x261 (+ ?x109 ?x260)))
 (let ((?x58 (- b)))
 (let ((?x65 (+ |f[1]| ?x58)))
 (let ((?x66 (- ?x65)))
 (let ((?x168 (* ?x66 ?x167)))
 (let ((?x169 (+ ?x65 ?x168)))
 (let ((?x100 (* ?x167 ?x169)))
 (let ((?x59 (+ |f[0]| ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x164 (* ?x60 ?x167)))
 (let ((?x165 (* ?x163 ?x164)))
 (let ((?x195 (+ ?x165 ?x100)))
 (or (and (distinct ?x195 ?x261) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!66 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!66)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!66 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!66)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!66 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!66)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!66 log!66)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!66 log!66)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!66 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!66)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!3 ?x18))))))
(assert
 (let (($x85 (< log!94 logits)))
 (= $x85 (< exp!4 exp!1))))
(assert
 (let (($x354 (< logits log!94)))
 (= $x354 (< exp!1 exp!4))))
(assert
 (let (($x346 (< log!94 log!66)))
 (= $x346 (< exp!4 exp!3))))
(assert
 (let (($x342 (< log!66 log!94)))
 (= $x342 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x344 (> log!94 0.0)))
 (= $x344 (> exp!4 1.0))))
(assert
 (let ((?x351 (+ 1.0 log!94)))
 (>= exp!4 ?x351)))
(assert
 (let ((?x81 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x81)))
 (let (($x337 (> ?x82 0.0)))
 (=> $x337 (= exp!4 ?x82))))))
(assert
 (let (($x85 (< log!94 logits)))
 (= $x85 (< exp!5 exp!1))))
(assert
 (let (($x354 (< logits log!94)))
 (= $x354 (< exp!1 exp!5))))
(assert
 (let (($x346 (< log!94 log!66)))
 (= $x346 (< exp!5 exp!3))))
(assert
 (let (($x342 (< log!66 log!94)))
 (= $x342 (< exp!3 exp!5))))
(assert
 (let (($x244 (< log!94 log!94)))
 (= $x244 (< exp!5 exp!4))))
(assert
 (let (($x244 (< log!94 log!94)))
 (= $x244 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x344 (> log!94 0.0)))
 (= $x344 (> exp!5 1.0))))
(assert
 (let ((?x351 (+ 1.0 log!94)))
 (>= exp!5 ?x351)))
(assert
 (let ((?x81 (* 1.0 exp!1)))
(let ((?x82 (+ 1.0 ?x81)))
(let (($x337 (> ?x82 0.0)))
(=> $x337 (= exp!5 ?x82))))))
(check-sat)
(pop 1)
