; certjax: rule estimators.score_BernoulliLogits, obligation 'unbiased', verdict proved
; 10 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!98 () Real)
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
 (= 0.0 unknown!4))
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
 (let ((?x69 (- ?x15)))
 (let ((?x70 (/ ?x69 ?x18)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let ((?x72 (- ?x71)))
 (let ((?x75 (+ 1.0 ?x72)))
 (let ((?x29 (/ 1.0 exp!2)))
 (let ((?x76 (* ?x29 ?x75)))
 (let ((?x77 (* |f[1]| ?x76)))
 (let ((?x45 (/ ?x15 exp!2)))
 (let ((?x73 (* ?x45 ?x72)))
 (let ((?x74 (* |f[0]| ?x73)))
 (let ((?x78 (+ ?x74 ?x77)))
 (let ((?x42 (- |f[1]|)))
 (let ((?x65 (* ?x42 ?x29)))
 (let ((?x66 (+ |f[1]| ?x65)))
 (let ((?x67 (* ?x29 ?x66)))
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x58 (- |f[0]|)))
 (let ((?x59 (* ?x58 ?x64)))
 (let ((?x38 (* ?x45 ?x59)))
 (let ((?x68 (+ ?x38 ?x67)))
 (or (and (distinct ?x68 ?x78) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!98 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!98 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!98 () Real)
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
 (let ((?x69 (- ?x15)))
 (let ((?x70 (/ ?x69 ?x18)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let ((?x72 (- ?x71)))
 (let ((?x75 (+ 1.0 ?x72)))
 (let ((?x29 (/ 1.0 exp!2)))
 (let ((?x76 (* ?x29 ?x75)))
 (let ((?x77 (* |f[1]| ?x76)))
 (let ((?x45 (/ ?x15 exp!2)))
 (let ((?x73 (* ?x45 ?x72)))
 (let ((?x74 (* |f[0]| ?x73)))
 (let ((?x78 (+ ?x74 ?x77)))
 (let ((?x58 (- |f[0]|)))
 (let ((?x81 (* ?x58 ?x29)))
 (let ((?x79 (* ?x45 ?x81)))
 (let ((?x42 (- |f[1]|)))
 (let ((?x65 (* ?x42 ?x29)))
 (let ((?x66 (+ |f[1]| ?x65)))
 (let ((?x67 (* ?x29 ?x66)))
 (let ((?x80 (+ ?x67 ?x79)))
 (or (and (distinct ?x80 ?x78) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!98 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!98 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!98 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!4))
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
 (let ((?x69 (- ?x15)))
 (let ((?x70 (/ ?x69 ?x18)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let ((?x72 (- ?x71)))
 (let ((?x75 (+ 1.0 ?x72)))
 (let ((?x29 (/ 1.0 exp!2)))
 (let ((?x76 (* ?x29 ?x75)))
 (let ((?x77 (* |f[1]| ?x76)))
 (let ((?x45 (/ ?x15 exp!2)))
 (let ((?x73 (* ?x45 ?x72)))
 (let ((?x74 (* |f[0]| ?x73)))
 (let ((?x78 (+ ?x74 ?x77)))
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x42 (- |f[1]|)))
 (let ((?x135 (* ?x42 ?x64)))
 (let ((?x103 (+ |f[1]| ?x135)))
 (let ((?x130 (* ?x29 ?x103)))
 (let ((?x58 (- |f[0]|)))
 (let ((?x81 (* ?x58 ?x29)))
 (let ((?x79 (* ?x45 ?x81)))
 (let ((?x296 (+ ?x79 ?x130)))
 (or (and (distinct ?x296 ?x78) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!98 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!98 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!98 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!4))
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
 (let ((?x69 (- ?x15)))
 (let ((?x70 (/ ?x69 ?x18)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let ((?x72 (- ?x71)))
 (let ((?x75 (+ 1.0 ?x72)))
 (let ((?x29 (/ 1.0 exp!2)))
 (let ((?x76 (* ?x29 ?x75)))
 (let ((?x77 (* |f[1]| ?x76)))
 (let ((?x45 (/ ?x15 exp!2)))
 (let ((?x73 (* ?x45 ?x72)))
 (let ((?x74 (* |f[0]| ?x73)))
 (let ((?x78 (+ ?x74 ?x77)))
 (let ((?x58 (- |f[0]|)))
 (let ((?x81 (* ?x58 ?x29)))
 (let ((?x79 (* ?x45 ?x81)))
 (let ((?x42 (- |f[1]|)))
 (let ((?x65 (* ?x42 ?x29)))
 (let ((?x66 (+ |f[1]| ?x65)))
 (let ((?x67 (* ?x29 ?x66)))
 (let ((?x80 (+ ?x67 ?x79)))
 (or (and (distinct ?x80 ?x78) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!98 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!98 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!98 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!4))
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
 (let ((?x69 (- ?x15)))
 (let ((?x70 (/ ?x69 ?x18)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let ((?x72 (- ?x71)))
 (let ((?x75 (+ 1.0 ?x72)))
 (let ((?x29 (/ 1.0 exp!2)))
 (let ((?x76 (* ?x29 ?x75)))
 (let ((?x77 (* |f[1]| ?x76)))
 (let ((?x45 (/ ?x15 exp!2)))
 (let ((?x73 (* ?x45 ?x72)))
 (let ((?x74 (* |f[0]| ?x73)))
 (let ((?x78 (+ ?x74 ?x77)))
 (let ((?x58 (- |f[0]|)))
 (let ((?x81 (* ?x58 ?x29)))
 (let ((?x79 (* ?x45 ?x81)))
 (let ((?x42 (- |f[1]|)))
 (let ((?x65 (* ?x42 ?x29)))
 (let ((?x66 (+ |f[1]| ?x65)))
 (let ((?x67 (* ?x29 ?x66)))
 (let ((?x80 (+ ?x67 ?x79)))
 (or (and (distinct ?x80 ?x78) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!98 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!98 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 6 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!98 () Real)
(declare-fun log!148 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (= 0.0 ?x205))))
(assert
 (= 0.0 unknown!1))
(assert
 (= 0.0 unknown!4))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let (($x329 (= 0.0 ?x205)))
 (not $x329)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let (($x329 (= 0.0 ?x205)))
 (not $x329)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let ((?x295 (/ ?x64 ?x205)))
 (let ((?x257 (- ?x295)))
 (let ((?x158 (+ 1.0 ?x257)))
 (let ((?x226 (/ ?x64 exp!3)))
 (let ((?x313 (* ?x226 ?x158)))
 (let ((?x87 (* |f[1]| ?x313)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x180 (* ?x159 ?x257)))
 (let ((?x214 (* |f[0]| ?x180)))
 (let ((?x163 (+ ?x214 ?x87)))
 (let ((?x42 (- |f[1]|)))
 (let ((?x109 (* ?x42 ?x226)))
 (let ((?x131 (+ |f[1]| ?x109)))
 (let ((?x144 (* ?x226 ?x131)))
 (let ((?x58 (- |f[0]|)))
 (let ((?x59 (* ?x58 ?x64)))
 (let ((?x299 (* ?x59 ?x159)))
 (let ((?x147 (+ ?x299 ?x144)))
 (or (and (distinct ?x147 ?x163) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!98 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!98 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!148 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!148) (< exp!1 exp!3)))
(assert
 (= (< log!148 log!98) (< exp!3 exp!2)))
(assert
 (= (< log!98 log!148) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!148 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!148)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 7 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!98 () Real)
(declare-fun log!148 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let (($x329 (= 0.0 ?x205)))
 (not $x329)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let (($x329 (= 0.0 ?x205)))
 (not $x329)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let ((?x295 (/ ?x64 ?x205)))
 (let ((?x257 (- ?x295)))
 (let ((?x158 (+ 1.0 ?x257)))
 (let ((?x226 (/ ?x64 exp!3)))
 (let ((?x313 (* ?x226 ?x158)))
 (let ((?x87 (* |f[1]| ?x313)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x180 (* ?x159 ?x257)))
 (let ((?x214 (* |f[0]| ?x180)))
 (let ((?x163 (+ ?x214 ?x87)))
 (let ((?x58 (- |f[0]|)))
 (let ((?x241 (* ?x58 ?x226)))
 (let ((?x168 (* ?x159 ?x241)))
 (let ((?x42 (- |f[1]|)))
 (let ((?x109 (* ?x42 ?x226)))
 (let ((?x131 (+ |f[1]| ?x109)))
 (let ((?x144 (* ?x226 ?x131)))
 (let ((?x231 (+ ?x144 ?x168)))
 (or (and (distinct ?x231 ?x163) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!98 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!98 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!148 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!148) (< exp!1 exp!3)))
(assert
 (= (< log!148 log!98) (< exp!3 exp!2)))
(assert
 (= (< log!98 log!148) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!148 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!148)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 8 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!98 () Real)
(declare-fun log!148 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (= 0.0 ?x205))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let (($x329 (= 0.0 ?x205)))
 (not $x329)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let (($x329 (= 0.0 ?x205)))
 (not $x329)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let ((?x295 (/ ?x64 ?x205)))
 (let ((?x257 (- ?x295)))
 (let ((?x158 (+ 1.0 ?x257)))
 (let ((?x226 (/ ?x64 exp!3)))
 (let ((?x313 (* ?x226 ?x158)))
 (let ((?x87 (* |f[1]| ?x313)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x180 (* ?x159 ?x257)))
 (let ((?x214 (* |f[0]| ?x180)))
 (let ((?x163 (+ ?x214 ?x87)))
 (let ((?x42 (- |f[1]|)))
 (let ((?x135 (* ?x42 ?x64)))
 (let ((?x103 (+ |f[1]| ?x135)))
 (let ((?x308 (* ?x103 ?x226)))
 (let ((?x58 (- |f[0]|)))
 (let ((?x241 (* ?x58 ?x226)))
 (let ((?x168 (* ?x159 ?x241)))
 (let ((?x210 (+ ?x168 ?x308)))
 (or (and (distinct ?x210 ?x163) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!98 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!98 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!148 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!148) (< exp!1 exp!3)))
(assert
 (= (< log!148 log!98) (< exp!3 exp!2)))
(assert
 (= (< log!98 log!148) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!148 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!148)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 9 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!98 () Real)
(declare-fun log!148 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let (($x329 (= 0.0 ?x205)))
 (not $x329)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let (($x329 (= 0.0 ?x205)))
 (not $x329)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let ((?x295 (/ ?x64 ?x205)))
 (let ((?x257 (- ?x295)))
 (let ((?x158 (+ 1.0 ?x257)))
 (let ((?x226 (/ ?x64 exp!3)))
 (let ((?x313 (* ?x226 ?x158)))
 (let ((?x87 (* |f[1]| ?x313)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x180 (* ?x159 ?x257)))
 (let ((?x214 (* |f[0]| ?x180)))
 (let ((?x163 (+ ?x214 ?x87)))
 (let ((?x58 (- |f[0]|)))
 (let ((?x241 (* ?x58 ?x226)))
 (let ((?x168 (* ?x159 ?x241)))
 (let ((?x42 (- |f[1]|)))
 (let ((?x109 (* ?x42 ?x226)))
 (let ((?x131 (+ |f[1]| ?x109)))
 (let ((?x144 (* ?x226 ?x131)))
 (let ((?x231 (+ ?x144 ?x168)))
 (or (and (distinct ?x231 ?x163) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!98 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!98 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!148 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!148) (< exp!1 exp!3)))
(assert
 (= (< log!148 log!98) (< exp!3 exp!2)))
(assert
 (= (< log!98 log!148) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!148 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!148)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 10 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!98 () Real)
(declare-fun log!148 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!4))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let (($x329 (= 0.0 ?x205)))
 (not $x329)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (< 0.0 ?x205))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let (($x329 (= 0.0 ?x205)))
 (not $x329)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x205 (+ 1.0 ?x64)))
 (let ((?x295 (/ ?x64 ?x205)))
 (let ((?x257 (- ?x295)))
 (let ((?x158 (+ 1.0 ?x257)))
 (let ((?x226 (/ ?x64 exp!3)))
 (let ((?x313 (* ?x226 ?x158)))
 (let ((?x87 (* |f[1]| ?x313)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x180 (* ?x159 ?x257)))
 (let ((?x214 (* |f[0]| ?x180)))
 (let ((?x163 (+ ?x214 ?x87)))
 (let ((?x58 (- |f[0]|)))
 (let ((?x241 (* ?x58 ?x226)))
 (let ((?x168 (* ?x159 ?x241)))
 (let ((?x42 (- |f[1]|)))
 (let ((?x109 (* ?x42 ?x226)))
 (let ((?x131 (+ |f[1]| ?x109)))
 (let ((?x144 (* ?x226 ?x131)))
 (let ((?x231 (+ ?x144 ?x168)))
 (or (and (distinct ?x231 ?x163) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!98 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!98 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!148 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!148) (< exp!1 exp!3)))
(assert
 (= (< log!148 log!98) (< exp!3 exp!2)))
(assert
 (= (< log!98 log!148) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!148 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!148)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
