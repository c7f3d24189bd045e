; certjax: rule estimators.reparam_Logistic, obligation 'defined', verdict proved
; 9 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 9
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 2 of 9
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x44 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x44)))
 (< 0.0 ?x47))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 3 of 9
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x44 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x44)))
 (< 0.0 ?x47))))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 4 of 9
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(assert
 false)
(assert
 (= 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (< 0.0 ?x11))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x44 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x44)))
 (< 0.0 ?x47))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 5 of 9
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(assert
 false)
(assert
 (= 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (= 0.0 ?x11))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 6 of 9
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(assert
 false)
(assert
 (= 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (> 0.0 ?x11))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x44 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x44)))
 (< 0.0 ?x47))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 7 of 9
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 8 of 9
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x44 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x44)))
 (< 0.0 ?x47))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 9 of 9
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x44 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x44)))
 (< 0.0 ?x47))))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
