; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'score_identity@1', verdict proved
; 6 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!76 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x62 (- ?x15)))
 (let ((?x63 (/ ?x62 ?x18)))
 (let ((?x64 (+ 1.0 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let ((?x17 (/ 1.0 exp!2)))
 (let ((?x67 (* ?x17 ?x66)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x68 (* ?x34 ?x67)))
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x49 (- ?x34)))
 (let ((?x35 (* ?x49 ?x57)))
 (let ((?x33 (+ ?x34 ?x35)))
 (let ((?x61 (* ?x17 ?x33)))
 (or (and (distinct ?x61 ?x68) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!76 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!76) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!76 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!76)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!76 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x62 (- ?x15)))
 (let ((?x63 (/ ?x62 ?x18)))
 (let ((?x64 (+ 1.0 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let ((?x17 (/ 1.0 exp!2)))
 (let ((?x67 (* ?x17 ?x66)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x68 (* ?x34 ?x67)))
 (let ((?x49 (- ?x34)))
 (let ((?x71 (* ?x49 ?x17)))
 (let ((?x69 (+ ?x34 ?x71)))
 (let ((?x70 (* ?x17 ?x69)))
 (or (and (distinct ?x70 ?x68) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!76 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!76) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!76 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!76)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!76 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x62 (- ?x15)))
 (let ((?x63 (/ ?x62 ?x18)))
 (let ((?x64 (+ 1.0 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let ((?x17 (/ 1.0 exp!2)))
 (let ((?x67 (* ?x17 ?x66)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x68 (* ?x34 ?x67)))
 (let ((?x49 (- ?x34)))
 (let ((?x71 (* ?x49 ?x17)))
 (let ((?x69 (+ ?x34 ?x71)))
 (let ((?x70 (* ?x17 ?x69)))
 (or (and (distinct ?x70 ?x68) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!76 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!76) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!76 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!76)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!76 () Real)
(declare-fun log!112 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (= 0.0 ?x100))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (< 0.0 ?x100))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (let (($x104 (= 0.0 ?x100)))
 (not $x104)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (< 0.0 ?x100))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (let (($x104 (= 0.0 ?x100)))
 (not $x104)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (let ((?x83 (/ ?x57 ?x100)))
 (let ((?x103 (- ?x83)))
 (let ((?x262 (+ 1.0 ?x103)))
 (let ((?x212 (/ ?x57 exp!3)))
 (let ((?x182 (* ?x212 ?x262)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x244 (* ?x34 ?x182)))
 (let ((?x49 (- ?x34)))
 (let ((?x35 (* ?x49 ?x57)))
 (let ((?x33 (+ ?x34 ?x35)))
 (let ((?x116 (* ?x33 ?x212)))
 (or (and (distinct ?x116 ?x244) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!76 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!76) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!76 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!76)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!112 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!112) (< exp!1 exp!3)))
(assert
 (= (< log!112 log!76) (< exp!3 exp!2)))
(assert
 (= (< log!76 log!112) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!112 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!112)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!76 () Real)
(declare-fun log!112 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (< 0.0 ?x100))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (< 0.0 ?x100))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (let (($x104 (= 0.0 ?x100)))
 (not $x104)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (< 0.0 ?x100))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (let (($x104 (= 0.0 ?x100)))
 (not $x104)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (let ((?x83 (/ ?x57 ?x100)))
 (let ((?x103 (- ?x83)))
 (let ((?x262 (+ 1.0 ?x103)))
 (let ((?x212 (/ ?x57 exp!3)))
 (let ((?x182 (* ?x212 ?x262)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x244 (* ?x34 ?x182)))
 (let ((?x49 (- ?x34)))
 (let ((?x211 (* ?x49 ?x212)))
 (let ((?x123 (+ ?x34 ?x211)))
 (let ((?x264 (* ?x212 ?x123)))
 (or (and (distinct ?x264 ?x244) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!76 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!76) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!76 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!76)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!112 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!112) (< exp!1 exp!3)))
(assert
 (= (< log!112 log!76) (< exp!3 exp!2)))
(assert
 (= (< log!76 log!112) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!112 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!112)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 6 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!76 () Real)
(declare-fun log!112 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (< 0.0 ?x100))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (let (($x104 (= 0.0 ?x100)))
 (not $x104)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (< 0.0 ?x100))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (let (($x104 (= 0.0 ?x100)))
 (not $x104)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x100 (+ 1.0 ?x57)))
 (let ((?x83 (/ ?x57 ?x100)))
 (let ((?x103 (- ?x83)))
 (let ((?x262 (+ 1.0 ?x103)))
 (let ((?x212 (/ ?x57 exp!3)))
 (let ((?x182 (* ?x212 ?x262)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x244 (* ?x34 ?x182)))
 (let ((?x49 (- ?x34)))
 (let ((?x211 (* ?x49 ?x212)))
 (let ((?x123 (+ ?x34 ?x211)))
 (let ((?x264 (* ?x212 ?x123)))
 (or (and (distinct ?x264 ?x244) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!76 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!76) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!76 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!76)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!112 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!112) (< exp!1 exp!3)))
(assert
 (= (< log!112 log!76) (< exp!3 exp!2)))
(assert
 (= (< log!76 log!112) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!112 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!112)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
